using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Processes;

namespace CompatRules.Benchmarks.Startup;

/// <summary>Start-up of the published compatrules tool, each run a new process, beside a hello-world console
/// published the same way (the baseline). The commands split the cost: <c>--version</c> is the runtime and the
/// command line, <c>collect</c> adds reading this machine, <c>rules list</c> adds building the engine (NRules
/// compiling the built-in rules) and <c>check</c> is all of them plus evaluating and printing the report; the same
/// <c>check</c> from the IL build shows what ReadyToRun saves.</summary>
public class StartupBenchmarks
{
    private static readonly int[] Success = [0];

    /// <summary><c>check</c> exits 1 when a rule at or above the failing severity is Affected on this machine.</summary>
    private static readonly int[] Checked = [0, 1];

    private string _helloWorld = string.Empty;
    private string _compatRules = string.Empty;
    private string _compatRulesIl = string.Empty;

    /// <summary>Finds both published programs.</summary>
    [GlobalSetup]
    public void FindPublishedApps()
    {
        _helloWorld = PublishedApps.HelloWorld;
        _compatRules = PublishedApps.CompatRules;
        _compatRulesIl = PublishedApps.CompatRulesIl;
    }

    /// <summary>The baseline: a hello-world console.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Baseline = true, Description = "hello-world console")]
    public int HelloWorld() => ChildProcess.RunExpecting(Success, _helloWorld);

    /// <summary><c>compatrules --version</c>: the runtime, the tool's assemblies and System.CommandLine.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules --version")]
    public int Version() => ChildProcess.RunExpecting(Success, _compatRules, "--version");

    /// <summary><c>compatrules collect</c>: reading this machine's facts, no rules.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules collect")]
    public int Collect() => ChildProcess.RunExpecting(Success, _compatRules, "collect");

    /// <summary><c>compatrules rules list</c>: building the engine (the built-in rules compiled), no facts.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules rules list")]
    public int RulesList() => ChildProcess.RunExpecting(Success, _compatRules, "rules", "list");

    /// <summary><c>compatrules check</c>: collect, build the engine, evaluate, print the table.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules check")]
    public int Check() => ChildProcess.RunExpecting(Checked, _compatRules, "check");

    /// <summary><c>check</c> from the IL build (<c>dotnet CompatRules.Cli.dll check</c>): what ReadyToRun saves.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules check, IL build")]
    public int CheckIl() => ChildProcess.RunExpecting(Checked, "dotnet", _compatRulesIl, "check");
}
