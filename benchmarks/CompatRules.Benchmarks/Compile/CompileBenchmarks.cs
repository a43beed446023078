using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Scaling;
using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.Benchmarks.Compile;

/// <summary>Building an engine: reading each rule's attributes, running its <c>Define()</c> and compiling its
/// condition expressions.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private List<Rule> _generated = [];

    /// <summary>Emits the generated rule types once, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => _generated = [.. GeneratedRules.Create(1000)];

    /// <summary>The built-in rule set (scanning the assembly included).</summary>
    /// <returns>The engine.</returns>
    [Benchmark(Baseline = true)]
    public RuleEngine BuiltInRules() => CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    /// <summary>The built-in rule set with NRules' default expression compiler (the framework's) instead of
    /// FastExpressionCompiler.</summary>
    /// <returns>The engine.</returns>
    [Benchmark]
    public RuleEngine BuiltInRulesFrameworkCompiler()
        => CompatEngine.CreateBuilder().AddBuiltInRules().WithOptions(new EngineOptions { UseFastExpressionCompiler = false }).Build();

    /// <summary>1,000 generated rules.</summary>
    /// <returns>The engine.</returns>
    [Benchmark]
    public RuleEngine Rules1000()
    {
        var builder = CompatEngine.CreateBuilder();
        foreach (var rule in _generated)
        {
            builder.AddRule(rule);
        }

        return builder.Build();
    }
}
