using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.KubeProxy.KubeProxyFacts;

namespace CompatRules.Rules.Tests.KubeProxy;

public class RandomFullyIneffectiveOnOldKernelTest
{
    private const string Id = "KPROXY-RANDOM-FULLY-OLD-KERNEL";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v1.16.0", "3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("v1.24.17", "3.12.74", Outcome.Affected)]
    [InlineData("v1.24.17", "3.13.0", Outcome.NotAffected)]
    [InlineData("v1.15.12", "3.10.0-1160.el7.x86_64", Outcome.NotAffected)]
    [InlineData("v1.31.2", "6.8.0-31-generic", Outcome.NotAffected)]
    public void Evaluate_KubeProxyAndKernel_Outcome(string kubeProxy, string kernel, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(KubeProxyAt(kubeProxy), Kernel(kernel)))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoKubeProxy_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node(Kernel("3.10.0-1160.el7.x86_64")))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Engine.Evaluate(Node(KubeProxyAt("v1.16.0")))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }
}
