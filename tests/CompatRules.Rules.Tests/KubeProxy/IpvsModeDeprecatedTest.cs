using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IpvsModeDeprecatedTest
{
    private const string Id = "KPROXY-IPVS-DEPRECATED";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    [Theory]
    [InlineData("v1.34.3", Outcome.NotAffected)]
    [InlineData("v1.34.3-eksbuild.2", Outcome.NotAffected)]
    [InlineData("v1.35.0-rc.1", Outcome.NotAffected)]
    [InlineData("v1.35.0", Outcome.Affected)]
    [InlineData("v1.35.0-gke.1026000", Outcome.Affected)]
    [InlineData("v1.35.1+rke2r1", Outcome.Affected)]
    public void Evaluate_IpvsMode_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("ipvs")).Outcome);

    [Fact]
    public void Evaluate_NftablesMode_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.35.0"), Mode("nftables")).Outcome);

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("ipvs")).Outcome);

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Evaluate(KubeProxyAt("v1.35.0"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }
}
