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

    [Fact]
    public void Write_FixedReport_DriverHasVersionAndInformationUriEveryRuleHelp()
    {
        var driver = Sarif().GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Matches("^\\d+\\.\\d+\\.\\d+", driver.GetProperty("version").GetString());
        Assert.Equal("https://github.com/compatrules/compatrules", driver.GetProperty("informationUri").GetString());
        Assert.All(driver.GetProperty("rules").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString())));
    }

    [Fact]
    public void Write_FixedReport_EveryResultInTheInputFileAndAtTheNode()
    {
        var results = Sarif().GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r =>
        {
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray());
            Assert.Equal("facts.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(1, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            var logical = Assert.Single(location.GetProperty("logicalLocations").EnumerateArray());
            Assert.Equal("node-a", logical.GetProperty("name").GetString());
            Assert.Equal("resource", logical.GetProperty("kind").GetString());
        });
    }

    [Theory]
    [InlineData("inventory.json", "inventory.json")]
    [InlineData("in put/a#b.json", "in%20put/a%23b.json")]
    [InlineData("/tmp/x y.json", "file:///tmp/x%20y.json")]
    public void ArtifactUri_Paths_RelativeStayRelativeAbsoluteAreFileUris(string path, string uri)
        => Assert.Equal(uri, SarifFormatter.ArtifactUri(path));

    [Fact]
    public void Run_ClusterFromStdin_LogicalLocationOnly()
    {
        var run = CliRun.WithFacts(null, [TestEngine.Node("w1", calico: "v3.28.0", bpf: true)], "cluster", "-", "--format", "sarif");
        var result = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
        Assert.False(location.TryGetProperty("physicalLocation", out _));
        Assert.Equal("w1", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
    }
}
