using CompatRules.Cli.Sources;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;

namespace CompatRules.Cli.Tests;

/// <summary>check, evaluate and cluster load their facts on another thread while the rules compile
/// (<c>BackgroundLoad</c>), and standard error still reads as if they ran in turn: a usage error alone, the source's
/// warnings once, after the nodes were read.</summary>
public class BackgroundLoadTest
{
    private static readonly FactSet Node = FactSet.Create("node-a", [KernelInfo.FromRelease("6.8.0-45-generic")]);

    [Fact]
    public void Run_UsageErrorWhileLoading_ReportsTheUsageErrorAlone()
    {
        var run = Evaluate(new InMemorySource("snapshot s.json", [Node], warnings: ["a warning from the source"]), "--skip", "NOT-A-RULE");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--skip", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("a warning from the source", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Run_UsageErrorAndLoadFailure_ReportsTheUsageErrorAlone()
    {
        var run = Evaluate(new InMemorySource("snapshot s.json", [], new IOException("the disk is gone")), "--skip", "NOT-A-RULE");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--skip", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("the disk is gone", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Loaded_WritesTheSourceWarningsOnceAfterTheReport()
    {
        var run = Evaluate(new InMemorySource("snapshot s.json", [Node], warnings: ["a warning from the source"]));

        Assert.Equal("compatrules: warning: a warning from the source\n", run.Stderr);
        Assert.Contains("node-a", run.Stdout, StringComparison.Ordinal);
    }

    private static CliRun Evaluate(IFactSource source, params string[] options)
        => CliRun.With(new CliServices { Engine = TestEngine.Create(), SnapshotFacts = _ => source }, ["evaluate", "s.json", .. options]);

}
