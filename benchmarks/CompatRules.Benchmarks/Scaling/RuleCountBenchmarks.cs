using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Evaluate;
using CompatRules.Benchmarks.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>Evaluation time against the number of rules (generated variants of real rules), on the realistic node.</summary>
[MemoryDiagnoser]
public class RuleCountBenchmarks
{
    private readonly FactSet _node = NodeFacts.Realistic();
    private RuleEngine _engine = null!;

    /// <summary>The number of rules.</summary>
    [Params(10, 100, 1000)]
    public int Rules { get; set; }

    /// <summary>Builds the engine.</summary>
    [GlobalSetup]
    public void Setup() => _engine = GeneratedRules.BuildEngine(Rules);

    /// <summary>The floor: the hand-written eight checks on the same node (independent of the rule count).</summary>
    /// <returns>The outcomes.</returns>
    [Benchmark(Baseline = true)]
    public Outcome[] HandWritten8Rules() => HandWrittenChecks.Check(_node);

    /// <summary>The engine with <see cref="Rules"/> rules.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport Engine() => _engine.Evaluate(_node);
}
