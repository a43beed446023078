using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

public class SmokeTest
{
    [Fact]
    public void Evaluate_KubeOvn114OnKernel515WithTproxy_IsAffected()
    {
        var facts = FactSet.Create(
            KernelInfo.FromRelease("5.15.0-91-generic"),
            ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0"),
            new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"));
        var report = CompatEngine.Evaluate(facts);
        var result = report["KOVN-TPROXY-MPTCP"]!;
        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("kernel 5.15.0-91-generic"));
        var none = CompatEngine.Evaluate(FactSet.Create(ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0")))["KOVN-TPROXY-MPTCP"]!;
        Assert.Equal(Outcome.Unknown, none.Outcome);
        Assert.Equal(["setting:kube-ovn/ENABLE_TPROXY", "kernel", "socket:mptcp-ip-transparent"], none.MissingFacts.ToArray());
        Assert.Equal(Outcome.NotApplicable, CompatEngine.Evaluate(FactSet.Empty)["KOVN-TPROXY-MPTCP"]!.Outcome);
        var explained = CompatEngine.Default.Explain("KOVN-TPROXY-MPTCP", facts.WithReplaced(KernelInfo.FromRelease("6.8.0-1015-aws")));
        Assert.Equal(Outcome.NotAffected, explained.Result.Outcome);
        Assert.Equal("mptcp", explained.StoppedAt!.Name);
    }
}
