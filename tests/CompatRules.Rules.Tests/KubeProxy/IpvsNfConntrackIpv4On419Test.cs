using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class IpvsNfConntrackIpv4On419Test
{
    private const string Id = "KPROXY-IPVS-NFCONNTRACK-419";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact?[] facts) => Engine.Evaluate(Node(facts))[Id]!;

    [Theory]
    [InlineData("v1.10.13", Outcome.Affected)]
    [InlineData("v1.11.8", Outcome.Affected)]
    [InlineData("v1.11.8-eksbuild.1", Outcome.Affected)]
    [InlineData("v1.11.9", Outcome.NotAffected)]
    [InlineData("v1.11.9-gke.1026000", Outcome.NotAffected)]
    [InlineData("v1.12.0", Outcome.Affected)]
    [InlineData("v1.12.6+rke2r1", Outcome.Affected)]
    [InlineData("v1.12.7", Outcome.NotAffected)]
    [InlineData("v1.12.7-eksbuild.2", Outcome.NotAffected)]
    [InlineData("v1.13.0", Outcome.NotAffected)]
    public void Evaluate_KubeProxyVersionOnKernel419_FollowsRange(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt(version), Mode("ipvs"), Kernel("4.19.0-25-amd64")).Outcome);

    [Theory]
    [InlineData("4.18.20", Outcome.NotAffected)]
    [InlineData("4.18.0-553.el8_10.x86_64", Outcome.NotAffected)]
    [InlineData("4.19.0", Outcome.Affected)]
    [InlineData("5.4.0-200-generic", Outcome.Affected)]
    public void Evaluate_Kernel_FromFourNineteen(string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(KubeProxyAt("v1.12.3"), Mode("ipvs"), Kernel(kernel)).Outcome);

    [Fact]
    public void Evaluate_IptablesMode_NotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(KubeProxyAt("v1.12.3"), Mode("iptables"), Kernel("4.19.0")).Outcome);

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Mode("ipvs"), Kernel("4.19.0")).Outcome);

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Evaluate(KubeProxyAt("v1.12.3"), Mode("ipvs"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }
}
