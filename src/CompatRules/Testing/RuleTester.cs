using System.Diagnostics.CodeAnalysis;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Testing;

/// <summary>
/// Tests one rule against hand-built facts, in any test framework: <c>RuleTester.For&lt;MyRule&gt;().AssertAffected(facts)</c>.
/// A failed assertion throws <see cref="RuleAssertionException"/> with the expected and actual outcome and an
/// explanation of every pattern and condition. Assertions read the rule's outcome, never the order rules fired in.
/// </summary>
/// <remarks>The tester's engine holds the rule under test, the built-in derivation rules (so rules can use derived
/// facts such as <c>MptcpTransparency</c>) and any extra rules given. Thread-safe once created.</remarks>
public sealed class RuleTester
{
    private RuleTester(RuleEngine engine, string ruleId)
    {
        Engine = engine;
        RuleId = ruleId;
    }

    /// <summary>The engine the rule runs in.</summary>
    public RuleEngine Engine { get; }

    /// <summary>The id of the rule under test.</summary>
    public string RuleId { get; }

    /// <summary>Creates a tester for the rule class <typeparamref name="TRule"/>.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="extraRules">Other rules the rule depends on (for example, rules deriving the facts it matches).</param>
    /// <returns>The tester.</returns>
    public static RuleTester For<TRule>(params Rule[] extraRules) where TRule : Rule, new() => For(new TRule(), extraRules);

    /// <summary>Creates a tester for a rule instance.</summary>
    /// <param name="rule">The rule under test.</param>
    /// <param name="extraRules">Other rules the rule depends on.</param>
    /// <returns>The tester.</returns>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scans this assembly for the built-in derivation rules; rule tests run "
        + "untrimmed, and a trimmed host roots the assembly (AddBuiltInRules says so when it does not).")]
    public static RuleTester For(Rule rule, params Rule[] extraRules)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var builder = CompatEngine.CreateBuilder()
            .AddRulesFrom(typeof(CompatEngine).Assembly, t => CompatEngineBuilder.IsBuiltIn(t) && IsDerivation(t))
            .AddRule(rule);
        foreach (var extra in extraRules)
        {
            builder.AddRule(extra);
        }

        var engine = builder.Build();
        var id = engine.Rules.Single(m => m.RuleType == rule.GetType()).Id;
        return new RuleTester(engine, id);
    }

    /// <summary>Evaluates the rule over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The rule's result.</returns>
    public RuleResult Evaluate(params Fact[] facts) => Evaluate(FactSet.Create(facts));

    /// <summary>Evaluates the rule over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The rule's result.</returns>
    public RuleResult Evaluate(FactSet facts) => Engine.Evaluate(facts)[RuleId]!;

    /// <summary>Asserts the rule is Affected and, when given, that its evidence includes each of <paramref name="evidenceKeys"/>.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="evidenceKeys">Fact keys that must be in the evidence, such as <c>kernel</c>.</param>
    /// <returns>The result, for further checks.</returns>
    /// <exception cref="RuleAssertionException">The rule is not Affected, or evidence is missing.</exception>
    public RuleResult AssertAffected(FactSet facts, params string[] evidenceKeys)
    {
        var result = AssertOutcome(facts, Outcome.Affected);
        var absent = evidenceKeys.Where(k => result.Evidence.All(e => e.Key != k)).ToList();
        if (absent.Count > 0)
        {
            Fail(facts, result, $"evidence to include {string.Join(", ", absent)}", $"evidence {string.Join(", ", result.Evidence.Select(e => e.Key))}");
        }

        return result;
    }

    /// <summary>Asserts the rule is NotAffected.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RuleAssertionException">The rule has another outcome.</exception>
    public RuleResult AssertNotAffected(FactSet facts) => AssertOutcome(facts, Outcome.NotAffected);

    /// <summary>Asserts the rule is NotApplicable (its component is absent).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RuleAssertionException">The rule has another outcome.</exception>
    public RuleResult AssertNotApplicable(FactSet facts) => AssertOutcome(facts, Outcome.NotApplicable);

    /// <summary>Asserts the rule is Unknown and names exactly <paramref name="missingFacts"/> (in any order) as missing.</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="missingFacts">The fact keys expected missing; empty to accept any.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RuleAssertionException">The rule is not Unknown, or names other facts.</exception>
    public RuleResult AssertUnknown(FactSet facts, params string[] missingFacts)
    {
        var result = AssertOutcome(facts, Outcome.Unknown);
        var actual = result.MissingFacts.Select(m => m.Split(' ', 2)[0]).Order(StringComparer.Ordinal).ToList();
        if (missingFacts.Length > 0 && !actual.SequenceEqual(missingFacts.Order(StringComparer.Ordinal)))
        {
            Fail(facts, result, $"missing facts [{string.Join(", ", missingFacts)}]", $"missing facts [{string.Join(", ", result.MissingFacts)}]");
        }

        return result;
    }

    private RuleResult AssertOutcome(FactSet facts, Outcome expected)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var result = Evaluate(facts);
        if (result.Outcome != expected)
        {
            Fail(facts, result, expected.ToString(), result.Outcome + (result.Error is null ? string.Empty : $" ({result.Error})"));
        }

        return result;
    }

    private void Fail(FactSet facts, RuleResult result, string expected, string actual)
        => throw new RuleAssertionException(
            $"Rule {RuleId}: expected {expected}, but got {actual}.{Environment.NewLine}{Engine.Explain(RuleId, facts)}");

    private static bool IsDerivation(Type type) => type.GetCustomAttributes(typeof(DerivationAttribute), false).Length > 0;
}
