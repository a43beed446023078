using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IpvsExternalIpsLocalPolicyBrokenTest
{
    private const string Id = "KPROXY-IPVS-EXTERNALIP-ETP-LOCAL";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v1.25.16", Outcome.NotAffected)]
    [InlineData("v1.26.0", Outcome.Affected)]
    [InlineData("v1.27.16", Outcome.Affected)]
    [InlineData("v1.28.4", Outcome.Affected)]
    [InlineData("v1.28.5", Outcome.Affected)]
    [InlineData("v1.28.6", Outcome.NotAffected)]
    [InlineData("v1.29.0", Outcome.Affected)]
    [InlineData("v1.29.1", Outcome.NotAffected)]
    [InlineData("v1.30.0", Outcome.NotAffected)]
    public void Evaluate_IpvsMode_FollowsRange(string version, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(KubeProxyAt(version), Mode("ipvs")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(KubeProxyAt("v1.27.3"), Mode("iptables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Mode("ipvs")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.27.3")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_ModeAbsentButSettingsCollected_NotAffected()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.27.3"), new CollectionStatus("setting:kube-proxy/*", CollectionState.Collected)))[Id]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }
}
