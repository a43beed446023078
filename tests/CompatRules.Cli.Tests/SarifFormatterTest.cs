using System.Text.Json;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class SarifFormatterTest
{
    private static JsonElement Sarif() => JsonDocument.Parse(GoldenOutputTest.Render("sarif", new ReportBatch([TestReports.NodeA()]))).RootElement;

    [Fact]
    public void Write_FixedReport_HasSarif210TopLevel()
    {
        var sarif = Sarif();
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", sarif.GetProperty("$schema").GetString());
        Assert.Equal(1, sarif.GetProperty("runs").GetArrayLength());
        Assert.Equal("compatrules", sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
    }

    [Fact]
    public void Write_FixedReport_DriverListsEveryRuleWithDescriptions()
    {
        var rules = Sarif().GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["DEMO-ABSENT", "DEMO-BROKEN", "DEMO-CRASH", "DEMO-FINE", "DEMO-SLOW", "DEMO-UNKNOWN"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("fullDescription").GetProperty("text").GetString())));
        var crash = rules.Single(r => r.GetProperty("id").GetString() == "DEMO-CRASH");
        Assert.Equal("https://example.test/issues/1", crash.GetProperty("helpUri").GetString());
        Assert.Equal("critical", crash.GetProperty("properties").GetProperty("severity").GetString());
    }

    [Fact]
    public void Write_FixedReport_OneResultPerAffectedWithLevelBySeverity()
    {
        var results = Sarif().GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["DEMO-CRASH:error:2", "DEMO-SLOW:warning:4"], results.Select(r => $"{r.GetProperty("ruleId").GetString()}:{r.GetProperty("level").GetString()}:{r.GetProperty("ruleIndex").GetInt32()}"));
        Assert.All(results, r => Assert.StartsWith("node-a: ", r.GetProperty("message").GetProperty("text").GetString()));
    }
}
