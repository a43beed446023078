using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

/// <summary>The cases every Calico rule decided by the version alone shares: NotApplicable without Calico, Unknown
/// naming the version when it cannot be read. Each derived class adds its rule's version table.</summary>
public abstract class CalicoVersionOnlyRuleTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    /// <summary>The rule under test.</summary>
    protected abstract string Id { get; }

    /// <summary>The rule's outcome on a node running Calico <paramref name="calico"/>.</summary>
    protected Outcome OutcomeAt(string calico) => Engine.Evaluate(Node(CalicoAt(calico)))[Id]!.Outcome;

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node())[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_CalicoVersionUnreadable_UnknownNamesVersion()
    {
        var result = Engine.Evaluate(Node(CalicoWithoutVersion()))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico (version)"], result.MissingFacts.ToArray());
    }
}
