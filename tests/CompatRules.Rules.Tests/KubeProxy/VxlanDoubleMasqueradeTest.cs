using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class VxlanDoubleMasqueradeTest
{
    private const string Id = "KPROXY-VXLAN-DOUBLE-MASQ";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    private static NetworkInterface Flannel() => new("flannel.1", "vxlan", "eth0", 1450);

    [Theory]
    [InlineData("v1.15.12", Outcome.NotAffected)]
    [InlineData("v1.16.0", Outcome.Affected)]
    [InlineData("v1.16.12", Outcome.Affected)]
    [InlineData("v1.16.12-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.16.13", Outcome.NotAffected)]
    [InlineData("v1.16.13-gke.1026000", Outcome.NotAffected)]
    [InlineData("v1.17.8", Outcome.Affected)]
    [InlineData("v1.17.8-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.17.9", Outcome.NotAffected)]
    [InlineData("v1.17.9-eksbuild.2", Outcome.NotAffected)]
    [InlineData("v1.18.0", Outcome.Affected)]
    [InlineData("v1.18.5+rke2r1", Outcome.Affected)]
    [InlineData("v1.18.6", Outcome.NotAffected)]
    [InlineData("v1.18.6-gke.1026000", Outcome.NotAffected)]
    [InlineData("v1.18.6+rke2r1", Outcome.NotAffected)]
    [InlineData("v1.19.0", Outcome.NotAffected)]
    public void Evaluate_KubeProxyVersionWithVxlan_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Flannel()).Outcome);

    [Fact]
    public void Evaluate_InterfacesCollectedWithoutVxlan_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.18.2"), new NetworkInterface("eth0", null), new CollectionStatus("interface:*", CollectionState.Collected)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheDevice()
        => Assert.Equal(["kube-proxy v1.18.2 with VXLAN device flannel.1."], Evaluate(KubeProxyAt("v1.18.2"), Flannel()).Notes.ToArray());

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Flannel()).Outcome);

    [Fact]
    public void Evaluate_InterfacesMissing_UnknownNamesThem()
    {
        var result = Evaluate(KubeProxyAt("v1.18.2"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["interface:*"], result.MissingFacts.ToArray());
    }
}
