using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace SpectreStartup.Benchmarks;

/// <summary>Start-up of a process that prints the table by hand and one that prints it with Spectre.Console, beside a
/// hello-world console, each started as a new process (ReadyToRun, published by run.sh) with its output discarded.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 30)]
public class StartupBenchmarks
{
    /// <summary>Where run.sh published the three programs: <c>SPECTRE_STARTUP_PROGRAMS</c>.</summary>
    private static readonly string Programs = Environment.GetEnvironmentVariable("SPECTRE_STARTUP_PROGRAMS")
        ?? throw new InvalidOperationException("Set SPECTRE_STARTUP_PROGRAMS (run benchmarks/SpectreStartup/run.sh).");

    /// <summary>The hello-world console.</summary>
    [Benchmark(Baseline = true)]
    public void Hello() => Start("Hello");

    /// <summary>56 rule lines written by hand, as the CLI's table.</summary>
    [Benchmark]
    public void HandTable() => Start("HandTable");

    /// <summary>The same rows through Spectre.Console's Table.</summary>
    [Benchmark]
    public void SpectreTable() => Start("SpectreTable");

    private static void Start(string program)
    {
        var start = new ProcessStartInfo(Path.Combine(Programs, program, program)) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}");
        }
    }
}
