using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class NftablesFailsOnOldKernel129Test
{
    private const string Id = "KPROXY-NFT-129-OLD-KERNEL";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    [Theory]
    [InlineData("v1.28.15", Outcome.NotAffected)]
    [InlineData("v1.29.0-rc.2", Outcome.NotAffected)]
    [InlineData("v1.29.0", Outcome.Affected)]
    [InlineData("v1.29.15", Outcome.Affected)]
    [InlineData("v1.29.15-eksbuild.2", Outcome.Affected)]
    [InlineData("v1.29.15-gke.1026000", Outcome.Affected)]
    [InlineData("v1.29.15+rke2r1", Outcome.Affected)]
    [InlineData("v1.30.0", Outcome.NotAffected)]
    [InlineData("v1.30.0-eksbuild.1", Outcome.NotAffected)]
    public void Evaluate_KubeProxyVersionOnKernel54_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("nftables"), Kernel("5.4.0-200-generic")).Outcome);

    [Theory]
    [InlineData("4.18.0-553.el8_10.x86_64", Outcome.Affected)]
    [InlineData("5.5.19", Outcome.Affected)]
    [InlineData("5.6.0", Outcome.NotAffected)]
    [InlineData("5.15.0-91-generic", Outcome.NotAffected)]
    public void Evaluate_Kernel_NeedsFiveSix(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.29.4"), Mode("nftables"), Kernel(kernel)).Outcome);

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.29.4"), Mode("iptables"), Kernel("5.4.0-200-generic")).Outcome);

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("nftables"), Kernel("5.4.0-200-generic")).Outcome);

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Evaluate(KubeProxyAt("v1.29.4"), Mode("nftables"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }
}
