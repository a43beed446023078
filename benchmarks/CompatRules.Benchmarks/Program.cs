using BenchmarkDotNet.Running;

namespace CompatRules.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release -- --filter '*'</c>; see benchmarks/README.md.</summary>
public static class Program
{
    /// <summary>Hands the command line to BenchmarkDotNet's switcher, so <c>--filter</c>, <c>--job</c> and the other
    /// BenchmarkDotNet options work; <c>--short</c> is this suite's own switch for the CI smoke run.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when every benchmark ran, 1 when one failed.</returns>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(SuiteConfig.ForSwitcher(args), SuiteConfig.For(args));
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
