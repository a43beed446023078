using CompatRules.BuiltIn.KubeProxy;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IpvsConnReuseModeTest
{
    private const string Id = "KPROXY-IPVS-CONN-REUSE";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    // The sysctl as read decides: 0 is always bad, 1 is bad only before kernel 5.9 (the #102122 manual tests: 5.8.1 / 5.9.1).
    [InlineData("v1.21.14", "5.10.0-21-amd64", "0", Outcome.Affected)]
    [InlineData("v1.22.0", "5.8.1", "0", Outcome.Affected)]
    [InlineData("v1.22.0", "5.8.1", "1", Outcome.Affected)]
    [InlineData("v1.22.0", "5.9.1", "1", Outcome.NotAffected)]
    [InlineData("v1.20.0", "5.12.1", "1", Outcome.NotAffected)]
    // Without the sysctl: kube-proxy's version and the kernel decide.
    [InlineData("v1.18.9", "5.15.0-91-generic", null, Outcome.Affected)]
    [InlineData("v1.20.14", "5.15.0-91-generic", null, Outcome.Affected)]
    [InlineData("v1.20.15", "5.15.0-91-generic", null, Outcome.NotAffected)]
    [InlineData("v1.21.0", "5.15.0-91-generic", null, Outcome.Affected)]
    [InlineData("v1.21.8", "5.15.0-91-generic", null, Outcome.Affected)]
    [InlineData("v1.21.9", "5.15.0-91-generic", null, Outcome.NotAffected)]
    [InlineData("v1.22.0", "5.15.0-91-generic", null, Outcome.NotAffected)]
    [InlineData("v1.31.2", "5.8.18", null, Outcome.Affected)]
    [InlineData("v1.31.2", "5.9.0", null, Outcome.NotAffected)]
    [InlineData("v1.31.2", "4.0.9", null, Outcome.Affected)]
    [InlineData("v1.31.2", "3.10.0-1160.el7.x86_64", null, Outcome.Affected)]
    public void Evaluate_IpvsMode_DependsOnSysctlOrVersions(string kubeProxy, string kernel, string? sysctl, Outcome expected)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt(kubeProxy), Mode("ipvs"), Kernel(kernel), sysctl is null ? null : ConnReuse(sysctl)))[Id]!;

        Assert.Equal(expected, result.Outcome);
    }

    [Fact]
    public void Evaluate_SysctlZero_NoteNamesTheSysctl()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.22.0"), Mode("ipvs"), Kernel("5.8.1"), ConnReuse("0")))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.StartsWith("Decided by net.ipv4.vs.conn_reuse_mode=0", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SysctlMissingOnKernel_FallsBackToVersions()
    {
        // The sysctl does not exist when ip_vs is not loaded: that is no evidence either way.
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.20.0"), Mode("ipvs"), Kernel("5.15.0-91-generic"), ConnReuse(null)))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Contains(result.Notes, n => n.Contains("this rests on the versions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("iptables")]
    [InlineData("nftables")]
    public void Evaluate_OtherMode_NotAffected(string mode)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.20.0"), Mode(mode), Kernel("4.19.0-26-amd64"), ConnReuse("0")))[Id]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Kernel("5.4.0-150-generic")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.20.0"), Kernel("5.4.0-150-generic")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_KernelAndSysctlMissing_UnknownNamesBoth()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.31.2"), Mode("ipvs")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel", "sysctl:net.ipv4.vs.conn_reuse_mode"], Sorted(result.MissingFacts));
    }

    [Fact]
    public void Evaluate_KubeProxyVersionUnreadable_UnknownNamesVersion()
    {
        var result = Engine.Evaluate(Node(KubeProxyWithoutVersion(), Mode("ipvs"), Kernel("5.15.0-91-generic")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("component:kube-proxy (version)", result.MissingFacts);
    }

    [Fact]
    public void Metadata_KubeProxyRange_EqualsTheRangeTheVersionFallbackUses()
    {
        var declared = Engine.Rules.Single(r => r.Id == Id).Affected.Single(a => a.Subject == ComponentNames.KubeProxy).Range;

        Assert.Equal(IpvsConnReuseRisk.AlwaysSetsZero, declared);
    }
}
