using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IpvsConnReuseOnKernelBefore41Test
{
    private const string Id = "KPROXY-IPVS-KERNEL-LT-41";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    [Theory]
    [InlineData("v1.15.12", Outcome.Affected)]
    [InlineData("v1.18.20", Outcome.Affected)]
    [InlineData("v1.18.20-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.18.20+rke2r1", Outcome.Affected)]
    [InlineData("v1.19.0-rc.4", Outcome.Affected)]
    [InlineData("v1.19.0", Outcome.NotAffected)]
    [InlineData("v1.19.0-gke.1026000", Outcome.NotAffected)]
    [InlineData("v1.24.17", Outcome.NotAffected)]
    public void Evaluate_KubeProxyVersionOnKernel310_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("ipvs"), Kernel("3.10.0-1160.el7.x86_64")).Outcome);

    [Theory]
    [InlineData("3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("4.0.9", Outcome.Affected)]
    [InlineData("4.1.0", Outcome.NotAffected)]
    [InlineData("5.4.0-200-generic", Outcome.NotAffected)]
    public void Evaluate_Kernel_BelowFourOne(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.18.3"), Mode("ipvs"), Kernel(kernel)).Outcome);

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.18.3"), Mode("iptables"), Kernel("3.10.0-1160.el7.x86_64")).Outcome);

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("ipvs"), Kernel("3.10.0-1160.el7.x86_64")).Outcome);

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Evaluate(KubeProxyAt("v1.18.3"), Mode("ipvs"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }
}
