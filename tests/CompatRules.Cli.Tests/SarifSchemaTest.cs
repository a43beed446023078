using System.Text.Json;
using System.Text.Json.Nodes;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

/// <summary>The SARIF formatter's output against the OASIS SARIF 2.1.0 schema, vendored in Schemas/ (see its README),
/// validated with JsonSchema.Net (draft 2020-12, formats checked).</summary>
public class SarifSchemaTest
{
    private static readonly SarifSchema Schema = SarifSchema.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

    public static TheoryData<string> Batches => ["node-a", "cluster", "nothing-affected", "no-results"];

    [Theory]
    [MemberData(nameof(Batches))]
    public void Validate_FormatterOutput_HasNoSchemaErrors(string name)
    {
        var batch = name switch
        {
            "node-a" => new ReportBatch([TestReports.NodeA()]),
            "cluster" => new ReportBatch([TestReports.NodeA(), TestReports.NodeB()], ClusterSummary.Create([TestReports.NodeA(), TestReports.NodeB()])),
            "nothing-affected" => new ReportBatch([TestReports.NodeB()]),
            _ => new ReportBatch([new CompatReport(null, [])]),
        };
        Assert.Empty(Schema.Validate(Parse(GoldenOutputTest.Render("sarif", batch))));
    }

    [Fact]
    public void Validate_BuiltInRulesOnThisMachine_HasNoSchemaErrors()
    {
        var run = CliRun.Default("check", "--format", "sarif");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        var sarif = Parse(run.Stdout);
        Assert.Equal(CompatEngine.Default.Rules.Length, sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Empty(Schema.Validate(sarif));
    }

    [Theory]
    [InlineData("a result without its message", "/runs/0/results/0", "required")]
    [InlineData("a level outside the enum", "/runs/0/results/1/level", "enum")]
    [InlineData("a version SARIF does not have", "/version", "enum")]
    [InlineData("a property a rule may not have", "/runs/0/tool/driver/rules/0/severity", "")]
    [InlineData("a rule index that is a string", "/runs/0/results/0/ruleIndex", "type")]
    [InlineData("a rule without its id", "/runs/0/tool/driver/rules/2", "required")]
    [InlineData("a relative helpUri", "/runs/0/tool/driver/rules/2/helpUri", "format")]
    [InlineData("a location id that is a string", "/runs/0/results/0/locations/0/id", "type")]
    public void Validate_SarifBrokenOnPurpose_ReportsWhereAndWhy(string what, string location, string keyword)
    {
        var broken = Mutate(sarif =>
        {
            var results = sarif["runs"]![0]!["results"]!;
            var rules = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!;
            switch (what)
            {
                case "a result without its message": results[0]!.AsObject().Remove("message"); break;
                case "a level outside the enum": results[1]!["level"] = "fatal"; break;
                case "a version SARIF does not have": sarif["version"] = "2.2.0"; break;
                case "a property a rule may not have": rules[0]!["severity"] = "high"; break;
                case "a rule index that is a string": results[0]!["ruleIndex"] = "2"; break;
                case "a rule without its id": rules[2]!.AsObject().Remove("id"); break;
                case "a relative helpUri": rules[2]!["helpUri"] = "issues/1"; break;
                default: results[0]!["locations"] = new JsonArray(new JsonObject { ["id"] = "first" }); break;
            }
        });

        var errors = Schema.Validate(broken);

        // additionalProperties: false reports at the extra property itself, through the "false" schema (no keyword).
        Assert.Contains(errors, e => e.StartsWith(location + ": " + keyword + ":", StringComparison.Ordinal));
    }

    private static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static JsonElement Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(GoldenOutputTest.Render("sarif", new ReportBatch([TestReports.NodeA()])))!;
        change(node);
        return Parse(node.ToJsonString());
    }
}
