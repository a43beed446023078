using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IptablesPartialSyncDelaysEndpointsTest
{
    private const string Id = "KPROXY-IPTABLES-PARTIAL-SYNC";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v1.26.15", Outcome.NotAffected)]
    [InlineData("v1.27.0", Outcome.Affected)]
    [InlineData("v1.27.10", Outcome.Affected)]
    [InlineData("v1.27.11", Outcome.NotAffected)]
    [InlineData("v1.28.0", Outcome.Affected)]
    [InlineData("v1.28.6", Outcome.Affected)]
    [InlineData("v1.28.6+rke2r1", Outcome.Affected)]
    [InlineData("v1.28.7", Outcome.NotAffected)]
    [InlineData("v1.29.0", Outcome.Affected)]
    [InlineData("v1.29.1", Outcome.Affected)]
    [InlineData("v1.29.2", Outcome.NotAffected)]
    [InlineData("v1.30.0", Outcome.NotAffected)]
    public void Evaluate_IptablesMode_FollowsRange(string version, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(KubeProxyAt(version), Mode("iptables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_EmptyMode_MeansIptables()
    {
        Assert.Equal(Outcome.Affected, Engine.Evaluate(Node(KubeProxyAt("v1.28.2"), Mode("")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_IpvsMode_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(KubeProxyAt("v1.28.2"), Mode("ipvs")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Mode("iptables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.28.2")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }
}
