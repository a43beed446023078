using System.Text.Json;
using System.Text.Json.Nodes;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

/// <summary>The SARIF formatter's output against the OASIS SARIF 2.1.0 schema, vendored in Schemas/ (see its README).</summary>
public class SarifSchemaTest
{
    private static readonly JsonSchemaValidator Schema = JsonSchemaValidator.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

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

    [Fact]
    public void Validate_ResultWithoutMessage_ReportsTheMissingRequiredProperty()
    {
        var errors = Schema.Validate(Mutate(sarif => sarif["runs"]![0]!["results"]![0]!.AsObject().Remove("message")));
        Assert.Equal(["$.runs[0].results[0]: missing required property 'message'"], errors);
    }

    [Fact]
    public void Validate_LevelOutsideTheEnum_ReportsTheEnum()
    {
        var errors = Schema.Validate(Mutate(sarif => sarif["runs"]![0]!["results"]![1]!["level"] = "fatal"));
        Assert.Equal(["$.runs[0].results[1].level: value \"fatal\" is not one of [ \"none\", \"note\", \"warning\", \"error\" ]"], errors);
    }

    [Fact]
    public void Validate_WrongVersionUnknownPropertyAndWrongType_ReportsEach()
    {
        var errors = Schema.Validate(Mutate(sarif =>
        {
            sarif["version"] = "2.2.0";
            sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["severity"] = "high";
            sarif["runs"]![0]!["results"]![0]!["ruleIndex"] = "2";
        }));
        Assert.Equal(
        [
            "$.version: value \"2.2.0\" is not one of [ \"2.1.0\" ]",
            "$.runs[0].tool.driver.rules[0]: property 'severity' is not allowed",
            "$.runs[0].results[0].ruleIndex: expected type \"integer\", found String",
        ],
            errors);
    }

    [Fact]
    public void Validate_RuleWithoutIdAndRelativeHelpUri_ReportsBoth()
    {
        var errors = Schema.Validate(Mutate(sarif =>
        {
            var crash = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![2]!.AsObject();
            crash.Remove("id");
            crash["helpUri"] = "issues/1";
        }));
        Assert.Equal(["$.runs[0].tool.driver.rules[2]: missing required property 'id'", "$.runs[0].tool.driver.rules[2].helpUri: 'issues/1' is not an absolute URI"], errors);
    }

    [Fact]
    public void Validate_ArtifactUriWithSpace_ReportsUriReference()
    {
        var errors = Schema.Validate(Mutate(sarif => sarif["runs"]![0]!["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] = "in put\\facts.json"));
        Assert.Equal(["$.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: 'in put\\facts.json' is not a URI reference"], errors);
    }

    [Fact]
    public void Validate_LocationWithWrongTypedId_DescendsIntoOtherDefinitions()
    {
        var errors = Schema.Validate(Mutate(sarif => sarif["runs"]![0]!["results"]![0]!["locations"] = new JsonArray(new JsonObject { ["id"] = "first" })));
        Assert.Equal(["$.runs[0].results[0].locations[0].id: expected type \"integer\", found String"], errors);
    }

    [Theory]
    [InlineData("""{ "properties": { "a": { "$ref": "#/definitions/missing" } } }""", "$.a: cannot resolve $ref #/definitions/missing")]
    [InlineData("""{ "properties": { "a": { "oneOf": [ { "type": "integer" } ] } } }""", "$.a: schema keyword 'oneOf' is not supported by this validator")]
    [InlineData("""{ "properties": { "a": { "type": "string", "format": "date-time" } } }""", "$.a: format 'date-time' is not supported by this validator")]
    public void Validate_SchemaBeyondTheValidator_FailsInsteadOfPassing(string schema, string expected)
        => Assert.Equal([expected], JsonSchemaValidator.Parse(schema).Validate(JsonDocument.Parse("""{ "a": "x" }""").RootElement));

    private static JsonElement Parse(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static JsonElement Mutate(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(GoldenOutputTest.Render("sarif", new ReportBatch([TestReports.NodeA()])))!;
        change(node);
        return Parse(node.ToJsonString());
    }
}
