using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class RulesCommandTest
{
    [Fact]
    public void Run_RulesListBuiltIn_ListsEveryBuiltInRule()
    {
        var run = CliRun.Default("rules", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.All(CompatEngine.Default.Rules, r => Assert.Contains(r.Id, run.Stdout));
        Assert.Equal(CompatEngine.Default.Rules.Length + 1, run.Stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Run_RulesListComponentJson_OnlyThatComponent()
    {
        var run = CliRun.WithFacts(null, null, "rules", "list", "--component", "calico", "--format", "json");
        var rules = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(["TEST-CALICO-BPF"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("medium", rules[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Run_RulesShow_PrintsAllMetadata()
    {
        var run = CliRun.WithFacts(null, null, "rules", "show", "test-calico-bpf");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "TEST-CALICO-BPF: Calico BPF dataplane drops traffic\n  severity:  medium\n  component: calico\n  affects: calico [3.0.0,3.29.0)\n" +
            "  fixed in: calico v3.29.0\n  fix: 1. Upgrade Calico to v3.29.0.\n  reference: https://example.test/calico/1\n",
            run.Stdout);
    }

    [Fact]
    public void Run_Explain_PrintsOutcomeAndConditions()
    {
        var run = CliRun.WithFacts(TestEngine.Node("n1", calico: "v3.28.0"), null, "explain", "TEST-CALICO-BPF", "--facts", "f.json");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("TEST-CALICO-BPF: Unknown\n  missing: setting:calico/BPF\n", run.Stdout);
    }
}
