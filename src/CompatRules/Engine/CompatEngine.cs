using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules;

/// <summary>The entry point: evaluate facts against the built-in rules, or build an engine with your own.</summary>
/// <example>
/// <code>
/// CompatReport report = CompatEngine.Evaluate(facts);
/// foreach (var r in report.Affected) Console.WriteLine($"{r.RuleId} {r.Title}: {r.Remediation}");
/// </code>
/// </example>
public static class CompatEngine
{
    private static readonly Lazy<RuleEngine> BuiltIn = new(() => CreateBuilder().AddBuiltInRules().Build());

    /// <summary>The engine with the built-in rules, compiled once per process on first use.</summary>
    public static RuleEngine Default => BuiltIn.Value;

    /// <summary>Evaluates <paramref name="facts"/> against the built-in rules.</summary>
    /// <param name="facts">The facts about one node.</param>
    /// <returns>One result per built-in rule.</returns>
    public static CompatReport Evaluate(FactSet facts) => Default.Evaluate(facts);

    /// <summary>Starts building an engine: add the built-in rules, your own (NRules rule classes), filters and options.</summary>
    /// <returns>A new builder.</returns>
    public static CompatEngineBuilder CreateBuilder() => new();
}
