using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Reliability;

/// <summary>A faulty rule among the built-in rules ends in Error with the reason, and every other rule's result is
/// exactly what it is without the faulty rule (whole reports compared as JSON).</summary>
public class EngineUnderFaultsTest
{
    private static readonly RuleEngine BuiltIn = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var id in new[] { "FAULT-CONDITION-THROWS", "FAULT-ACTION-THROWS", "FAULT-INSERTS-FOREVER", "FAULT-INSERTS-FLOOD", "FAULT-INSERTS-THEN-THROWS" })
        {
            for (var i = 0; i < NodeFactSets.All.Count; i++)
            {
                data.Add(id, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_FaultyRuleAmongBuiltIns_OnlyThatRuleChanges(string faultyRuleId, int factSetIndex)
    {
        var facts = NodeFactSets.All[factSetIndex];
        var engine = WithFaultyRule(faultyRuleId);

        var report = engine.Evaluate(facts);

        Assert.Equal(ReportText.Of(BuiltIn.Evaluate(facts)), ReportText.Of(report, faultyRuleId));
        var faulty = report[faultyRuleId]!;
        if (Triggers(faultyRuleId, facts))
        {
            Assert.Equal(Outcome.Error, faulty.Outcome);
            Assert.Equal(ExpectedError(faultyRuleId), faulty.Error);
        }
        else
        {
            Assert.NotEqual(Outcome.Error, faulty.Outcome);
            Assert.Null(faulty.Error);
        }
    }

    [Fact]
    public void Evaluate_AllFaultyRulesTogether_EachErrsAndTheBuiltInsAreUnchanged()
    {
        var engine = CompatEngine.CreateBuilder().AddBuiltInRules()
            .AddRule<ConditionThrowsRule>().AddRule<ActionThrowsRule>().AddRule<TickSeedDerivation>()
            .AddRule<InsertsForeverRule>().AddRule<InsertsFloodRule>().AddRule<InsertsThenThrowsRule>().Build();
        string[] faulty = ["FAULT-CONDITION-THROWS", "FAULT-ACTION-THROWS", "FAULT-INSERTS-FOREVER", "FAULT-INSERTS-FLOOD", "FAULT-INSERTS-THEN-THROWS"];

        foreach (var facts in NodeFactSets.All)
        {
            var report = engine.Evaluate(facts);

            Assert.Equal(ReportText.Of(BuiltIn.Evaluate(facts)), ReportText.Of(report, faulty));
        }

        var modern = engine.Evaluate(NodeFactSets.All[0]);
        Assert.All(faulty, id => Assert.Equal(ExpectedError(id), modern[id]!.Error));
    }

    private static RuleEngine WithFaultyRule(string id)
    {
        var builder = CompatEngine.CreateBuilder().AddBuiltInRules();
        return (id switch
        {
            "FAULT-CONDITION-THROWS" => builder.AddRule<ConditionThrowsRule>(),
            "FAULT-ACTION-THROWS" => builder.AddRule<ActionThrowsRule>(),
            "FAULT-INSERTS-FOREVER" => builder.AddRule<TickSeedDerivation>().AddRule<InsertsForeverRule>(),
            "FAULT-INSERTS-FLOOD" => builder.AddRule<InsertsFloodRule>(),
            "FAULT-INSERTS-THEN-THROWS" => builder.AddRule<InsertsThenThrowsRule>(),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
        }).Build();
    }

    private static bool Triggers(string id, FactSet facts)
        => id == "FAULT-ACTION-THROWS" ? facts.OfType<OsRelease>().Any() : facts.OfType<KernelInfo>().Any();

    private static string ExpectedError(string id) => id switch
    {
        "FAULT-CONDITION-THROWS" => "a condition threw DivideByZeroException: Attempted to divide by zero.",
        "FAULT-ACTION-THROWS" => "an action threw InvalidOperationException: no note for os-release",
        "FAULT-INSERTS-FOREVER" => "the rule was activated more than 10000 times in one evaluation: it kept matching the facts it derives",
        "FAULT-INSERTS-FLOOD" => "the rule inserted more than 10000 derived facts in one evaluation",
        "FAULT-INSERTS-THEN-THROWS" => "an action threw InvalidOperationException: failed after inserting",
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };
}
