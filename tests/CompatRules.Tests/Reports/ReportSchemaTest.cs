using System.Text.Json.Nodes;
using CompatRules.Reports;
using CompatRules.Tests.Reliability;
using CompatRules.Tests.Support;

namespace CompatRules.Tests.Reports;

/// <summary>docs/report.schema.json describes what ReportJson writes, and rejects what it must not write.</summary>
public class ReportSchemaTest
{
    private static readonly global::Json.Schema.JsonSchema Schema = JsonSchemaAssert.Load("Reports/report.schema.json");

    private static readonly RuleEngine WithFaultyRules = CompatEngine.CreateBuilder().AddBuiltInRules()
        .AddRule<ConditionThrowsRule>().AddRule<ActionThrowsRule>().Build();

    public static TheoryData<int> FactSets() => [.. Enumerable.Range(0, NodeFactSets.All.Count)];

    [Theory]
    [MemberData(nameof(FactSets))]
    public void Serialize_BuiltInAndFaultyRulesOverEachNode_MatchesTheSchema(int index)
        => JsonSchemaAssert.Valid(Schema, ReportJson.Serialize(WithFaultyRules.Evaluate(NodeFactSets.All[index])));

    [Fact]
    public void Serialize_TheNodesTogether_CoverEveryOutcome()
    {
        var outcomes = NodeFactSets.All.SelectMany(f => WithFaultyRules.Evaluate(f).Results).Select(r => r.Outcome).Distinct();

        Assert.Equal(Enum.GetValues<Outcome>().Order(), outcomes.Order());
    }

    [Theory]
    [InlineData("unknown without missing facts", "outcome", "\"unknown\"")]
    [InlineData("a severity that does not exist", "severity", "\"severe\"")]
    [InlineData("error without its text", "outcome", "\"error\"")]
    [InlineData("a reference that is not a URI", "references", "[\"not a uri\"]")]
    [InlineData("a property the schema does not know", "extra", "1")]
    public void Schema_ReportBrokenOnPurpose_IsRejected(string what, string property, string value)
    {
        var report = JsonNode.Parse(ReportJson.Serialize(WithFaultyRules.Evaluate(NodeFactSets.All[0])))!;
        var notAffected = report["results"]!.AsArray().First(r => (string?)r!["outcome"] == "notAffected")!;
        notAffected[property] = JsonNode.Parse(value);

        Assert.True(JsonSchemaAssert.Errors(Schema, report.ToJsonString()).Count > 0, what + " passed the schema");
    }
}
