using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Benchmarks.Evaluate;

/// <summary>Evaluating one realistic node (~60 facts): hand-written checks, the engine on the same eight rules, a raw
/// NRules session on those rules (what the outcome layer adds is the difference), and the same pair for the full
/// built-in set.</summary>
[MemoryDiagnoser]
public class EvaluateNodeBenchmarks
{
    private readonly FactSet _node = NodeFacts.Realistic();
    private readonly RuleEngine _eight = EightRules.Build();
    private readonly RuleEngine _builtIn = CompatEngine.CreateBuilder().AddBuiltInRules().Build();
    private RawNRulesSession _rawEight = null!;
    private RawNRulesSession _rawBuiltIn = null!;

    /// <summary>Checks once that the baseline and the engine agree, so the comparison is fair.</summary>
    [GlobalSetup]
    public void Setup()
    {
        OutcomeAgreement.Verify(_eight, _node);
        _rawEight = new RawNRulesSession(_eight);
        _rawBuiltIn = new RawNRulesSession(_builtIn);
    }

    /// <summary>The eight checks written by hand.</summary>
    /// <returns>The outcomes.</returns>
    [Benchmark(Baseline = true)]
    public Outcome[] HandWritten8Rules() => HandWrittenChecks.Check(_node);

    /// <summary>The engine with the same eight rules (and their derivations).</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport Engine8Rules() => _eight.Evaluate(_node);

    /// <summary>A raw NRules session (CreateSession + InsertAll + Fire) on the same eight rules.</summary>
    /// <returns>How many rules fired.</returns>
    [Benchmark]
    public int RawNRules8Rules() => _rawEight.Fire(_node);

    /// <summary>A raw NRules session on every built-in rule.</summary>
    /// <returns>How many rules fired.</returns>
    [Benchmark]
    public int RawNRulesBuiltInRules() => _rawBuiltIn.Fire(_node);

    /// <summary>The engine with every built-in rule.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport EngineBuiltInRules() => _builtIn.Evaluate(_node);
}
