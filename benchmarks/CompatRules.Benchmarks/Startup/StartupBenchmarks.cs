using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Processes;

namespace CompatRules.Benchmarks.Startup;

/// <summary>Start-up of the published compatrules tool (Native AOT), each run a new process, beside a hello-world
/// console (the baseline: a plain framework-dependent <c>dotnet</c> console, as issue #11 measures against) and the same
/// hello-world published with Native AOT. The commands split the cost: <c>--version</c> is the runtime and the command
/// line, <c>collect</c> adds reading this machine, <c>rules list</c> adds building the engine (NRules building the
/// built-in rules, their expressions interpreted) and <c>check</c> is all of them plus evaluating and printing the
/// report; the same <c>check</c> from the IL build, run by the JIT, shows what Native AOT saves.</summary>
public class StartupBenchmarks
{
    private static readonly int[] Success = [0];

    /// <summary><c>check</c> exits 1 when a rule at or above the failing severity is Affected on this machine.</summary>
    private static readonly int[] Checked = [0, 1];

    private string _helloWorld = string.Empty;
    private string _helloWorldAot = string.Empty;
    private string _compatRules = string.Empty;
    private string _compatRulesIl = string.Empty;

    /// <summary>Finds both published programs.</summary>
    [GlobalSetup]
    public void FindPublishedApps()
    {
        _helloWorld = PublishedApps.HelloWorld;
        _helloWorldAot = PublishedApps.HelloWorldAot;
        _compatRules = PublishedApps.CompatRules;
        _compatRulesIl = PublishedApps.CompatRulesIl;
    }

    /// <summary>The baseline: a hello-world console.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Baseline = true, Description = "hello-world console")]
    public int HelloWorld() => ChildProcess.RunExpecting(Success, _helloWorld);

    /// <summary>The same hello-world console published with Native AOT: the floor for a native program.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "hello-world, Native AOT")]
    public int HelloWorldAot() => ChildProcess.RunExpecting(Success, _helloWorldAot);

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

    /// <summary><c>check</c> from the IL build (<c>dotnet CompatRules.Cli.dll check</c>, run by the JIT): what Native AOT saves.</summary>
    /// <returns>The exit code.</returns>
    [Benchmark(Description = "compatrules check, IL build (JIT)")]
    public int CheckIl() => ChildProcess.RunExpecting(Checked, "dotnet", _compatRulesIl, "check");
}
