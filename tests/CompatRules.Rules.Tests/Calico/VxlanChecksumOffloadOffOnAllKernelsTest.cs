using CompatRules.BuiltIn.Calico;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class VxlanChecksumOffloadOffOnAllKernelsTest
{
    private const string Id = "CALICO-VXLAN-CSUM-OFFLOAD-ALL-KERNELS";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v3.24.5", "6.8.0-31-generic", Outcome.NotAffected)]
    [InlineData("v3.24.6", "6.8.0-31-generic", Outcome.Affected)]
    [InlineData("v3.25.0", "6.8.0-31-generic", Outcome.Affected)]
    [InlineData("v3.27.5", "6.8.0-31-generic", Outcome.Affected)]
    [InlineData("v3.27.5", "5.7.0", Outcome.NotAffected)]
    [InlineData("v3.27.5", "5.7.1", Outcome.Affected)]
    [InlineData("v3.28.0", "6.8.0-31-generic", Outcome.NotAffected)]
    [InlineData("v3.28.1", "6.8.0-31-generic", Outcome.Affected)]
    [InlineData("v3.28.2", "6.8.0-31-generic", Outcome.NotAffected)]
    [InlineData("v3.29.1", "6.8.0-31-generic", Outcome.NotAffected)]
    public void Evaluate_VxlanOnKernel_FollowsPolicyHistory(string calico, string kernel, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(CalicoAt(calico), Encapsulation("VXLAN"), Kernel(kernel)))[Id]!.Outcome);
    }

    [Theory]
    [InlineData(true, Outcome.NotAffected)]
    [InlineData(false, Outcome.Affected)]
    public void Evaluate_InterfaceRead_OffloadOnMeansNotDisabled(bool offloadOn, Outcome expected)
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.28.1"), Encapsulation("VXLAN"), Kernel("6.8.0-31-generic"), Tunnel("vxlan.calico", offloadOn)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_Ipip_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(CalicoAt("v3.26.4"), Encapsulation("IPIP"), Kernel("6.8.0-31-generic")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Kernel("6.8.0-31-generic")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Engine.Evaluate(Node(CalicoAt("v3.26.4"), Encapsulation("VXLAN")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Metadata_AffectedRange_EqualsThePolicyUsedByTheExposureRules()
    {
        var declared = Engine.Rules.Single(r => r.Id == Id).Affected.Single(a => a.Subject == ComponentNames.Calico).Range;

        Assert.Equal(CalicoChecksumOffloadPolicy.VxlanOffOnAllKernels, declared);
    }
}
