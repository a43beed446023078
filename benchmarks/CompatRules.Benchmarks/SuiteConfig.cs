using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CompatRules.Benchmarks;

/// <summary>The suite's configuration: the default job for full runs, or a one-shot in-process job for <c>--short</c>.</summary>
public static class SuiteConfig
{
    /// <summary>The switch that selects the smoke run CI uses.</summary>
    public const string ShortSwitch = "--short";

    /// <summary>Builds the configuration for <paramref name="args"/>.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The configuration.</returns>
    public static IConfig For(string[] args)
    {
        ShortRun = IsShort(args);
        var config = ManualConfig.CreateMinimumViable()
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .AddExporter(MarkdownExporter.GitHub)
            .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value))
            .WithOptions(ConfigOptions.DisableLogFile);
        if (IsShort(args))
        {
            // One launch, no warm-up, one iteration, in this process: proves every benchmark still runs, in minutes.
            return config.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
        }

        // A job given on the command line (--job short, ..., or --inProcess, which BenchmarkDotNet turns into a job of
        // its own) replaces the default one instead of running beside it.
        return args.Any(a => a is "--job" or "-j" or "--inProcess" or "-i") ? config : config.AddJob(Job.Default.WithId("Full"));
    }

    /// <summary>True once <see cref="For"/> was given <c>--short</c>: benchmarks whose full size takes minutes per
    /// iteration (FleetFormatBenchmarks) pick a smaller one.</summary>
    public static bool ShortRun { get; private set; }

    /// <summary>True when <paramref name="args"/> asks for the smoke run.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>True for <c>--short</c>.</returns>
    public static bool IsShort(string[] args) => args.Contains(ShortSwitch, StringComparer.Ordinal);

    /// <summary>The arguments for BenchmarkDotNet: <paramref name="args"/> without the suite's own switches.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The remaining arguments.</returns>
    public static string[] ForSwitcher(string[] args) => [.. args.Where(a => a != ShortSwitch)];
}
