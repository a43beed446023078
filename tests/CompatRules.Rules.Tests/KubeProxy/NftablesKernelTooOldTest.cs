using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class NftablesKernelTooOldTest
{
    private const string Id = "KPROXY-NFT-KERNEL-REQ";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    [Theory]
    [InlineData("v1.30.14", Outcome.NotAffected)]
    [InlineData("v1.30.14-eksbuild.2", Outcome.NotAffected)]
    [InlineData("v1.31.0-rc.1", Outcome.NotAffected)]
    [InlineData("v1.31.0", Outcome.Affected)]
    [InlineData("v1.31.0-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.31.0-gke.1026000", Outcome.Affected)]
    [InlineData("v1.31.0+rke2r1", Outcome.Affected)]
    [InlineData("v1.33.2", Outcome.Affected)]
    public void Evaluate_KubeProxyVersionOnKernel510_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("nftables"), Kernel("5.10.0-33-amd64")).Outcome);

    [Theory]
    [InlineData("4.18.0-553.el8_10.x86_64", Outcome.Affected)]
    [InlineData("5.4.0-200-generic", Outcome.Affected)]
    [InlineData("5.12.19", Outcome.Affected)]
    [InlineData("5.13.0", Outcome.NotAffected)]
    [InlineData("5.14.0-503.14.1.el9_5.x86_64", Outcome.NotAffected)]
    [InlineData("6.8.0-31-generic", Outcome.NotAffected)]
    public void Evaluate_Kernel_FollowsTheFiveThirteenFloor(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"), Kernel(kernel)).Outcome);

    [Theory]
    [InlineData("true", Outcome.NotAffected)]
    [InlineData("false", Outcome.Affected)]
    public void Evaluate_SkipKernelVersionCheck_Suppresses(string skip, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"), Kernel("5.10.0-33-amd64"), new ComponentSetting(ComponentNames.KubeProxy, "nftables.skipKernelVersionCheck", skip)).Outcome);

    [Theory]
    [InlineData("iptables")]
    [InlineData("ipvs")]
    public void Evaluate_OtherMode_NotAffected(string mode)
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.31.2"), Mode(mode), Kernel("5.10.0-33-amd64")).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesKernel()
        => Assert.Equal(["kernel 5.10.0-33-amd64 is older than 5.13 and nftables.skipKernelVersionCheck is not set."], Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"), Kernel("5.10.0-33-amd64")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("nftables"), Kernel("5.10.0-33-amd64")).Outcome);

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Evaluate(KubeProxyAt("v1.31.2"), Mode("nftables"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_ModeMissing_UnknownNamesMode()
    {
        var result = Evaluate(KubeProxyAt("v1.31.2"), Kernel("5.10.0-33-amd64"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["setting:kube-proxy/mode"], result.MissingFacts.ToArray());
    }
}
