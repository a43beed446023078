using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Cilium;

public class KernelBelowMinimumTest
{
    private const string Id = "CILIUM-KERNEL-MINIMUM";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.12.19", "4.19.0", Outcome.NotAffected)]
    [InlineData("v1.13.0", "4.19.56", Outcome.Affected)]
    [InlineData("v1.13.0", "4.19.57", Outcome.NotAffected)]
    [InlineData("v1.15.11", "4.18.0-80.el8.x86_64", Outcome.NotAffected)]
    [InlineData("v1.15.11", "4.18.20", Outcome.Affected)]
    [InlineData("v1.15.11", "3.10.0-1160.el7.x86_64", Outcome.Affected)]
    [InlineData("v1.16.0-rc.1", "4.19.57", Outcome.NotAffected)]
    [InlineData("v1.16.0", "4.19.300", Outcome.Affected)]
    [InlineData("v1.16.0", "5.4.0", Outcome.NotAffected)]
    [InlineData("v1.17.4", "4.18.0-348.el8.x86_64", Outcome.Affected)]
    [InlineData("v1.17.4", "4.18.0-372.9.1.el8.x86_64", Outcome.NotAffected)]
    [InlineData("v1.18.0", "5.4.0-200-generic", Outcome.Affected)]
    [InlineData("v1.18.0", "5.10.0", Outcome.NotAffected)]
    [InlineData("v1.18.2", "4.18.0-513.el8.x86_64", Outcome.Affected)]
    [InlineData("v1.18.2", "4.18.0-553.el8_10.x86_64", Outcome.NotAffected)]
    [InlineData("v1.18.2", "5.14.0-503.14.1.el9_5.x86_64", Outcome.NotAffected)]
    public void Evaluate_CiliumAndKernel_FollowsTheLineMinimum(string cilium, string kernel, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.Cilium, cilium), Kernel(kernel)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheMinimum()
        => Assert.Equal(
            ["Cilium v1.18.0 needs kernel 5.10 or later, or RHEL 8.10 (4.18.0-553.el8) or later; the node runs 5.4.0-200-generic."],
            Evaluate(Component(ComponentNames.Cilium, "v1.18.0"), Kernel("5.4.0-200-generic")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoCilium_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Kernel("5.4.0-200-generic")).Outcome);

    [Fact]
    public void Evaluate_KernelMissing_UnknownNamesKernel()
    {
        var result = Evaluate(Component(ComponentNames.Cilium, "v1.18.0"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_VersionUnreadable_UnknownNamesTheVersion()
    {
        var result = Evaluate(VersionlessComponent(ComponentNames.Cilium), Kernel("5.4.0-200-generic"));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:cilium (version)"], result.MissingFacts.ToArray());
    }
}
