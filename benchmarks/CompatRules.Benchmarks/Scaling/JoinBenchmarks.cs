using BenchmarkDotNet.Attributes;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>An equality join of N components with N settings (one match each): the engine's hash index against a
/// hand-written dictionary join. Linear growth shows as 4x time for 4x facts on each side.</summary>
[MemoryDiagnoser]
public class JoinBenchmarks
{
    private readonly RuleEngine _engine = CompatEngine.CreateBuilder().AddRule<JoinRule>().Build();
    private FactSet _facts = FactSet.Empty;

    /// <summary>The number of facts on each side.</summary>
    [Params(250, 1000, 4000)]
    public int PerSide { get; set; }

    /// <summary>Builds N components and N settings.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var facts = new List<Fact>();
        for (var i = 0; i < PerSide; i++)
        {
            facts.Add(ComponentVersion.Of($"component-{i}", $"v1.{i % 50}.0"));
        }

        for (var i = 0; i < PerSide; i++)
        {
            facts.Add(new ComponentSetting($"component-{PerSide - 1 - i}", "mode", "on"));
        }

        _facts = FactSet.Create("join", facts);
        var matches = _engine.Evaluate(_facts)["BENCH-JOIN"]!.Evidence.Length;
        if (matches != 2 * PerSide)
        {
            throw new InvalidOperationException($"expected {2 * PerSide} evidence facts, got {matches}");
        }
    }

    /// <summary>A dictionary join written by hand.</summary>
    /// <returns>The number of matches.</returns>
    [Benchmark(Baseline = true)]
    public int HandWrittenJoin()
    {
        var byComponent = new Dictionary<string, ComponentVersion>(StringComparer.Ordinal);
        foreach (var fact in _facts.Facts)
        {
            if (fact is ComponentVersion c)
            {
                byComponent[c.Component] = c;
            }
        }

        var matches = 0;
        foreach (var fact in _facts.Facts)
        {
            if (fact is ComponentSetting { Name: "mode" } s && byComponent.ContainsKey(s.Component))
            {
                matches++;
            }
        }

        return matches;
    }

    /// <summary>The engine's indexed join.</summary>
    /// <returns>The report.</returns>
    [Benchmark]
    public CompatReport EngineJoin() => _engine.Evaluate(_facts);
}
