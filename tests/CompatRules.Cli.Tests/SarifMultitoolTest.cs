using System.Diagnostics;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>The SARIF output passes the SARIF Multitool's <c>validate</c> with GitHub Advanced Security's rules
/// (<c>--rule-kind Ghas</c>, what code scanning requires) and its own SARIF rules.</summary>
public sealed class SarifMultitoolTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("compatrules-sarif-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [SarifMultitoolFact]
    public async Task Validate_FixedReportsAndCluster_NoGhasOrSarifErrors()
    {
        var reports = new[] { TestReports.NodeA(), TestReports.NodeB() };
        await AssertValid("node-a", GoldenOutputTest.Render("sarif", new ReportBatch([TestReports.NodeA()])));
        await AssertValid("cluster", GoldenOutputTest.Render("sarif", new ReportBatch(reports, ClusterSummary.Create(reports))));
    }

    [SarifMultitoolFact]
    public async Task Validate_BuiltInRulesOnThisMachine_NoGhasOrSarifErrors()
    {
        var run = CliRun.Default("check", "--format", "sarif");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        await AssertValid("check", run.Stdout);
    }

    private async Task AssertValid(string name, string sarif)
    {
        var input = Path.Combine(_directory, name + ".sarif");
        await File.WriteAllTextAsync(input, sarif);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable(SarifMultitoolFactAttribute.Variable)!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "validate", "--rule-kind", "Ghas;Sarif", input, "-o", Path.Combine(_directory, name + ".out.sarif"), "--log", "ForceOverwrite" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{name}: exit {process.ExitCode}\n{output}");
        Assert.DoesNotContain(output.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Contains("Analysis completed successfully.", output);
    }
}
