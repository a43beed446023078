using System.Collections.Immutable;
using CompatRules.Engine.Matching;
using CompatRules.Engine.Model;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules;

/// <summary>
/// A compiled, immutable set of rules. Build one with <see cref="CompatEngine.CreateBuilder"/> and share it: every
/// <see cref="Evaluate"/> is a cheap, isolated session, safe to run from many threads at once.
/// </summary>
public sealed class RuleEngine
{
    private readonly CompiledRuleSet _rules;

    internal RuleEngine(IEnumerable<RuleDefinition> rules, EngineOptions options)
    {
        _rules = new CompiledRuleSet(rules, options);
        Rules = [.. _rules.Rules.Select(r => r.Metadata).Where(m => !m.IsDerivation).OrderBy(m => m.Id, StringComparer.Ordinal)];
    }

    /// <summary>The metadata of every reported rule (derivation rules excluded), by id.</summary>
    public ImmutableArray<RuleMetadata> Rules { get; }

    internal CompiledRuleSet Compiled => _rules;

    /// <summary>Runs every rule over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts about one node.</param>
    /// <returns>One result per reported rule, in rule id order. A rule that throws gets an Error result; the
    /// others are not affected by it.</returns>
    public CompatReport Evaluate(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var session = Run(facts);
        var resolver = new OutcomeResolver(_rules, session);
        var results = new List<RuleResult>(_rules.Rules.Length);
        for (var i = 0; i < _rules.Rules.Length; i++)
        {
            if (!_rules.Rules[i].Metadata.IsDerivation)
            {
                results.Add(resolver.Resolve(i));
            }
        }

        return new CompatReport(facts.Subject, results);
    }

    /// <summary>Explains one rule over <paramref name="facts"/>: its outcome, and for each pattern and condition,
    /// how many facts were considered and which condition stopped them.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="facts">The facts about one node.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public Explanation Explain(string ruleId, FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(facts);
        if (!_rules.ById.TryGetValue(ruleId, out var index))
        {
            throw new KeyNotFoundException($"No rule has id '{ruleId}'.");
        }

        var session = Run(facts);
        var result = new OutcomeResolver(_rules, session).Resolve(index);
        return Explainer.Explain(_rules.Rules[index], session, result);
    }

    /// <summary>Runs a session. If a rule failed after it had inserted facts, those facts may have reached other rules:
    /// the session is run again with every failed rule switched off from the start (keeping its error), until no
    /// failed rule has inserted anything, so the other rules see exactly what they would without the failed ones.</summary>
    private Session Run(FactSet facts)
    {
        var session = new Session(_rules, facts);
        session.Run();
        while (LeakedInsertions(session))
        {
            var rerun = new Session(_rules, facts);
            for (var i = 0; i < _rules.Rules.Length; i++)
            {
                if (session.State(i).Error is { } error)
                {
                    rerun.Disable(i, error);
                }
            }

            rerun.Run();
            session = rerun;
        }

        return session;
    }

    private bool LeakedInsertions(Session session)
    {
        for (var i = 0; i < _rules.Rules.Length; i++)
        {
            var state = session.State(i);
            if (state.Error is not null && state.DerivedCount > 0)
            {
                return true;
            }
        }

        return false;
    }
}
