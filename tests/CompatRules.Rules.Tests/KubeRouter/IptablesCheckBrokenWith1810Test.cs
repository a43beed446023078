using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.KubeRouter;

public class IptablesCheckBrokenWith1810Test
{
    private const string Id = "KUBEROUTER-IPT-1810-CHECK";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static RuleResult Evaluate(params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v2.0.1", Outcome.NotAffected)]
    [InlineData("v2.1.0-rc1", Outcome.NotAffected)]
    [InlineData("v2.1.0", Outcome.Affected)]
    [InlineData("v2.1.2", Outcome.Affected)]
    [InlineData("v2.1.3", Outcome.NotAffected)]
    [InlineData("v2.2.1", Outcome.NotAffected)]
    [InlineData("v2.1.0-iptables1.8.9-0", Outcome.NotAffected)]
    [InlineData("v2.1.2-iptables1.8.10-0", Outcome.Affected)]
    public void Evaluate_KubeRouterTag_FollowsRangeAndBundledIptables(string tag, Outcome expected)
        => Assert.Equal(expected, Evaluate(Component(ComponentNames.KubeRouter, tag)).Outcome);

    [Fact]
    public void Evaluate_Firing_NotesTheTag()
        => Assert.Equal(["kube-router v2.1.1 ships iptables 1.8.10."], Evaluate(Component(ComponentNames.KubeRouter, "v2.1.1")).Notes.ToArray());

    [Fact]
    public void Evaluate_NoKubeRouter_NotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Kernel("5.15.0-91-generic")).Outcome);

    [Fact]
    public void Evaluate_TagUnreadable_UnknownNamesTheVersion()
    {
        var result = Evaluate(VersionlessComponent(ComponentNames.KubeRouter));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:kube-router (version)"], result.MissingFacts.ToArray());
    }
}
