using System.Text.Json;
using System.Xml.Linq;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary><c>explain --format json</c> serializes the library's Explanation; <c>rules graph -o</c> writes the Rete
/// network as DGML.</summary>
public sealed class ExplainAndGraphTest : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("compatrules-graph-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Explain_Json_ResultAndEveryPatternWithConditions()
    {
        var node = TestEngine.Node("n1", calico: "v3.28.0", bpf: true);
        var run = CliRun.WithFacts(node, null, "explain", "TEST-CALICO-BPF", "--facts", "f.json", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        var expected = TestEngine.Create().Explain("TEST-CALICO-BPF", node);
        Assert.Equal("TEST-CALICO-BPF", json.GetProperty("ruleId").GetString());
        Assert.Equal("n1", json.GetProperty("subject").GetString());
        Assert.Equal("affected", json.GetProperty("outcome").GetString());
        var patterns = json.GetProperty("patterns").EnumerateArray().ToList();
        Assert.Equal(expected.Patterns.Select(p => p.Name), patterns.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(expected.Patterns.Select(p => p.FactType), patterns.Select(p => p.GetProperty("factType").GetString()));
        Assert.Equal(expected.Patterns.Select(p => p.Candidates), patterns.Select(p => p.GetProperty("candidates").GetInt32()));
        Assert.Equal(
            expected.Patterns.SelectMany(p => p.Conditions).Select(c => $"{c.Text}:{c.Tested}:{c.Passed}"),
            patterns.SelectMany(p => p.GetProperty("conditions").EnumerateArray()).Select(c => $"{c.GetProperty("text").GetString()}:{c.GetProperty("tested").GetInt32()}:{c.GetProperty("passed").GetInt32()}"));
        Assert.All(patterns, p => Assert.Equal("held", p.GetProperty("state").GetString()));
        Assert.NotEmpty(json.GetProperty("evidence").EnumerateArray());
    }

    [Fact]
    public void Explain_JsonWhenAnEarlierPatternFails_LaterPatternsNotReached()
    {
        var node = TestEngine.Node("n1", calico: "v3.29.1", bpf: true);
        var expected = TestEngine.Create().Explain("TEST-CALICO-BPF", node);
        var json = JsonDocument.Parse(CliRun.WithFacts(node, null, "explain", "TEST-CALICO-BPF", "--facts", "f.json", "--format", "json").Stdout).RootElement;
        var states = json.GetProperty("patterns").EnumerateArray().Select(p => p.GetProperty("state").GetString()).ToList();
        Assert.Equal(expected.Patterns.Select(p => !p.Reached ? "not-reached" : p.Held ? "held" : "failed"), states);
        Assert.Contains("failed", states);
        Assert.Equal(expected.Patterns.Select(p => p.Reached), json.GetProperty("patterns").EnumerateArray().Select(p => p.GetProperty("reached").GetBoolean()));
    }

    [Fact]
    public void Explain_Text_SaysNotReachedNotFailed()
    {
        var node = TestEngine.Node("n1", calico: "v3.29.1", bpf: true);
        var expected = TestEngine.Create().Explain("TEST-CALICO-BPF", node);
        var text = CliRun.WithFacts(node, null, "explain", "TEST-CALICO-BPF", "--facts", "f.json").Stdout;
        Assert.StartsWith("TEST-CALICO-BPF: NotAffected\n", text);
        Assert.Equal(expected.Patterns.Count(p => !p.Reached), text.Split('\n').Count(l => l.StartsWith("  not reached  ", StringComparison.Ordinal)));
    }

    [Fact]
    public void RulesGraph_Output_DgmlNamingEveryRule()
    {
        var path = Path.Combine(_directory.FullName, "rules.dgml");
        var run = CliRun.WithFacts(null, null, "rules", "graph", "-o", path);
        Assert.Equal(0, run.ExitCode);
        var dgml = XDocument.Load(path);
        XNamespace ns = "http://schemas.microsoft.com/vs/2009/dgml";
        Assert.Equal(ns + "DirectedGraph", dgml.Root!.Name);
        var text = File.ReadAllText(path);
        Assert.All(TestEngine.Create().Rules, r => Assert.Contains(r.Id, text));
        Assert.NotEmpty(dgml.Root.Descendants(ns + "Node"));
        Assert.Equal([path], _directory.GetFiles().Select(f => f.FullName));
    }

    [Fact]
    public void RulesGraph_WithoutOutput_Exits2()
        => Assert.Equal(2, CliRun.WithFacts(null, null, "rules", "graph").ExitCode);
}
