using System.Collections.Immutable;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class NftablesFibMissingTest
{
    private const string Id = "KPROXY-NFT-FIB-MISSING";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    private static KernelConfig Config(params string[] options) => new(options.ToImmutableDictionary(o => o, _ => "m"));

    [Theory]
    [InlineData("v1.28.15", Outcome.NotAffected)]
    [InlineData("v1.29.0", Outcome.Affected)]
    [InlineData("v1.29.0-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.31.4-gke.1026000", Outcome.Affected)]
    [InlineData("v1.33.1+rke2r1", Outcome.Affected)]
    public void Evaluate_KubeProxyVersionWithoutFib_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("nftables"), Config("CONFIG_NF_TABLES")).Outcome);

    [Theory]
    [InlineData(new[] { "CONFIG_NFT_FIB_IPV4", "CONFIG_NFT_FIB_IPV6" }, Outcome.NotAffected)]
    [InlineData(new[] { "CONFIG_NFT_FIB_IPV4" }, Outcome.Affected)]
    [InlineData(new[] { "CONFIG_NFT_FIB_IPV6" }, Outcome.Affected)]
    [InlineData(new string[0], Outcome.Affected)]
    public void Evaluate_KernelConfig_BothFibOptionsNeeded(string[] options, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"), Config(["CONFIG_NF_TABLES", .. options])).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheMissingOptions()
        => Assert.Equal(["kernel configuration lacks CONFIG_NFT_FIB_IPV6."], Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"), Config("CONFIG_NFT_FIB_IPV4")).Notes.ToArray());

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.31.2"), Mode("iptables"), Config()).Outcome);

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("nftables"), Config()).Outcome);

    [Fact]
    public void Evaluate_KernelConfigMissing_UnknownNamesIt()
    {
        var result = Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel-config"], result.MissingFacts.ToArray());
    }
}
