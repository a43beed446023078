using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Evaluate;
using CompatRules.Benchmarks.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>Evaluation time against the number of facts: the realistic node trimmed to 10, or padded with sysctls to
/// 100 and 10,000.</summary>
[MemoryDiagnoser]
public class FactCountBenchmarks
{
    private readonly RuleEngine _builtIn = CompatEngine.CreateBuilder().AddBuiltInRules().Build();
    private readonly RuleEngine _eight = EightRules.Build();
    private FactSet _facts = FactSet.Empty;

    /// <summary>The number of facts.</summary>
    [Params(10, 100, 10_000)]
    public int Facts { get; set; }

    /// <summary>Builds the fact set.</summary>
    [GlobalSetup]
    public void Setup() => _facts = NodeFacts.WithCount(Facts);

    /// <summary>The hand-written eight checks, which scan every fact once.</summary>
    /// <returns>The outcomes.</returns>
    [Benchmark(Baseline = true)]
    public Outcome[] HandWritten8Rules() => HandWrittenChecks.Check(_facts);

    /// <summary>The engine on the same eight rules.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport Engine8Rules() => _eight.Evaluate(_facts);

    /// <summary>The engine with every built-in rule.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport EngineBuiltInRules() => _builtIn.Evaluate(_facts);
}
