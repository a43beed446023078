using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class NftablesLoadBalancerSourceRangesIgnoredTest
{
    private const string Id = "KPROXY-NFT-LB-SOURCE-RANGES";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v1.28.15", Outcome.NotAffected)]
    [InlineData("v1.29.0", Outcome.Affected)]
    [InlineData("v1.29.15", Outcome.Affected)]
    [InlineData("v1.30.0", Outcome.NotAffected)]
    public void Evaluate_NftablesMode_FollowsRange(string version, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(KubeProxyAt(version), Mode("nftables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
    {
        Assert.Equal(Outcome.NotAffected, Engine.Evaluate(Node(KubeProxyAt("v1.29.3"), Mode("iptables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Mode("nftables")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.29.3")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }
}
