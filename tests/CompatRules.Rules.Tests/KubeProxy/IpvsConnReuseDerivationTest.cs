using CompatRules.BuiltIn.KubeProxy;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

/// <summary>The two derivations of <see cref="IpvsConnReuseRisk"/>: the basis each writes, at and beside kernel 5.9.0,
/// and the provenance of the derived fact (the deriving rule and the facts it read).</summary>
public class IpvsConnReuseDerivationTest
{
    private const string Id = "KPROXY-IPVS-CONN-REUSE";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static Evidence Risk(RuleResult result) => Assert.Single(result.Evidence, e => e.Key == IpvsConnReuseRisk.FactKey);

    [Theory]
    [InlineData("0", "5.10.0-21-amd64", Outcome.Affected, "misbehaves (net.ipv4.vs.conn_reuse_mode=0: IPVS reuses connections to old real servers, including terminating pods)")]
    [InlineData("0", "5.9.0", Outcome.Affected, "misbehaves (net.ipv4.vs.conn_reuse_mode=0: IPVS reuses connections to old real servers, including terminating pods)")]
    [InlineData("1", "5.8.18", Outcome.Affected, "misbehaves (net.ipv4.vs.conn_reuse_mode=1 on kernel 5.8.18, older than 5.9: the first packet of a reused connection is dropped (1 s delay))")]
    [InlineData("1", "5.9.0", Outcome.NotAffected, "is safe (net.ipv4.vs.conn_reuse_mode=1 on kernel 5.9.0, 5.9 or later: safe)")]
    [InlineData("2", "5.9.0", Outcome.NotAffected, "is safe (net.ipv4.vs.conn_reuse_mode=2 on kernel 5.9.0, 5.9 or later: safe)")]
    public void Evaluate_FromTheSysctl_WritesItsBasis(string sysctl, string kernel, Outcome expected, string described)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.31.2"), Mode("ipvs"), Kernel(kernel), ConnReuse(sysctl)))[Id]!;

        Assert.Equal(expected, result.Outcome);
        var risk = Risk(result);
        Assert.Equal("IPVS connection reuse " + described, risk.Description);
        Assert.Equal(new Provenance(SourceKind.Derived, "KPROXY-IPVS-CONN-REUSE-SYSCTL", "from sysctl:net.ipv4.vs.conn_reuse_mode, kernel"), risk.Provenance);
    }

    [Theory]
    [InlineData("v1.20.14", "5.15.0-91-generic", Outcome.Affected, "misbehaves (sysctl net.ipv4.vs.conn_reuse_mode not read; kube-proxy v1.20.14 (before the #102122 fix) sets it to 0; this rests on the versions)")]
    [InlineData("v1.21.8", "5.9.0", Outcome.Affected, "misbehaves (sysctl net.ipv4.vs.conn_reuse_mode not read; kube-proxy v1.21.8 (before the #102122 fix) sets it to 0; this rests on the versions)")]
    [InlineData("v1.31.2", "5.8.18", Outcome.Affected, "misbehaves (sysctl net.ipv4.vs.conn_reuse_mode not read; kube-proxy v1.31.2 sets it to 0 on kernel 5.8.18 (older than 5.9); this rests on the versions)")]
    [InlineData("v1.31.2", "5.9.0", Outcome.NotAffected, "is safe (sysctl net.ipv4.vs.conn_reuse_mode not read; kube-proxy v1.31.2 leaves the default 1 on kernel 5.9.0 (5.9 or later); this rests on the versions)")]
    public void Evaluate_FromTheVersions_WritesItsBasis(string kubeProxy, string kernel, Outcome expected, string described)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt(kubeProxy), Mode("ipvs"), Kernel(kernel)))[Id]!;

        Assert.Equal(expected, result.Outcome);
        var risk = Risk(result);
        Assert.Equal("IPVS connection reuse " + described, risk.Description);
        Assert.Equal(new Provenance(SourceKind.Derived, "KPROXY-IPVS-CONN-REUSE-VERSIONS", "from component:kube-proxy, kernel"), risk.Provenance);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData(null)]
    public void Evaluate_SysctlWithoutANumber_FallsBackToTheVersions(string? sysctl)
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.31.2"), Mode("ipvs"), Kernel("5.8.18"), ConnReuse(sysctl)))[Id]!;

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal("KPROXY-IPVS-CONN-REUSE-VERSIONS", Risk(result).Provenance.Location);
    }

    [Fact]
    public void Evaluate_Firing_NoteQuotesTheBasis()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.31.2"), Mode("ipvs"), Kernel("5.8.18"), ConnReuse("1")))[Id]!;

        Assert.Equal(["Decided by net.ipv4.vs.conn_reuse_mode=1 on kernel 5.8.18, older than 5.9: the first packet of a reused connection is dropped (1 s delay)."], result.Notes.ToArray());
    }
}
