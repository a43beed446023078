using BenchmarkDotNet.Running;

namespace SpectreStartup.Benchmarks;

/// <summary>Runs <see cref="StartupBenchmarks"/>; see ../README.md.</summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet.</summary>
    /// <param name="args">BenchmarkDotNet options.</param>
    public static void Main(string[] args) => BenchmarkRunner.Run<StartupBenchmarks>(args: args);
}
