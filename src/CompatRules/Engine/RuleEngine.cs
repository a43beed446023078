using System.Collections.Immutable;
using CompatRules.Engine.Running;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Diagnostics;
using NRules.Diagnostics.Dgml;
using NRules.RuleModel;

namespace CompatRules;

/// <summary>
/// A set of NRules rules compiled once into one NRules session factory, with CompatRules' outcome layer on top.
/// Build one with <see cref="CompatEngine.CreateBuilder"/> and share it: every <see cref="Evaluate(FactSet)"/> is its
/// own NRules session, safe to run from many threads at once.
/// </summary>
public sealed class RuleEngine
{
    private readonly CompiledRules _rules;
    private readonly int[] _reported;

    internal RuleEngine(CompiledRules rules, int compilerFallbacks)
    {
        _rules = rules;
        CompilerFallbacks = compilerFallbacks;
        _reported = [.. rules.Models.Where(m => !m.Metadata.IsDerivation).Select(m => m.Index)];
        Rules = [.. _reported.Select(i => rules.Models[i].Metadata)];
        Definitions = [.. rules.Models.Select(m => m.Definition)];
    }

    /// <summary>The metadata of every reported rule (derivation rules excluded), by id.</summary>
    public ImmutableArray<RuleMetadata> Rules { get; }

    /// <summary>Every rule as NRules sees it (derivation rules included), by id: NRules' canonical rule model, whose
    /// <see cref="IRuleDefinition.Name"/> is the rule id.</summary>
    public ImmutableArray<IRuleDefinition> Definitions { get; }

    /// <summary>NRules' events for every session of this engine (<c>RuleFiredEvent</c>, <c>FactInsertedEvent</c>, ...).
    /// Handlers added here run on the evaluating threads for the engine's lifetime; for one evaluation's handlers or
    /// agenda filters use <see cref="CompatEngineBuilder.ConfigureSession"/>.</summary>
    public IEventProvider Events => _rules.Factory.Events;

    /// <summary>How many of the rules' expressions FastExpressionCompiler could not compile (the framework's compiler
    /// took them); 0 when it compiled every one.</summary>
    internal int CompilerFallbacks { get; }

    internal CompiledRules Compiled => _rules;

    /// <summary>Runs every rule over <paramref name="facts"/>.</summary>
    /// <param name="facts">The facts about one node.</param>
    /// <returns>One result per reported rule, in rule id order. A rule that throws gets an Error result; the
    /// others are not affected by it.</returns>
    public CompatReport Evaluate(FactSet facts) => Evaluate(facts, CancellationToken.None);

    /// <summary>Runs every rule over <paramref name="facts"/>, stopping between firings when
    /// <paramref name="cancellationToken"/> is cancelled (NRules cannot interrupt an action that never returns).</summary>
    /// <param name="facts">The facts about one node.</param>
    /// <param name="cancellationToken">Stops the evaluation between rule firings.</param>
    /// <returns>One result per reported rule, in rule id order.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public CompatReport Evaluate(FactSet facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (journal, index) = SessionRunner.Run(_rules, facts, null, cancellationToken);
        var resolver = new OutcomeResolver(_rules, journal, index);
        var results = new RuleResult[_reported.Length];
        for (var i = 0; i < _reported.Length; i++)
        {
            results[i] = resolver.Resolve(_reported[i]);
        }

        return new CompatReport(facts.Subject, results);
    }

    /// <summary>Explains one rule over <paramref name="facts"/>: its outcome, and for each pattern and condition of
    /// its NRules model, how many facts NRules evaluated it on and how many passed.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="facts">The facts about one node.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public Explanation Explain(string ruleId, FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(facts);
        var index = _rules.IndexOf(ruleId);
        if (index < 0)
        {
            throw new KeyNotFoundException($"No rule has id '{ruleId}'.");
        }

        var model = _rules.Models[index];
        ConditionTally? tally = null;
        var (journal, facts2) = SessionRunner.Run(_rules, facts, session => tally = ConditionTally.Attach(session, model), CancellationToken.None);
        var result = new OutcomeResolver(_rules, journal, facts2).Resolve(index);
        return Explainer.Explain(model, result, tally!, facts2);
    }

    /// <summary>The Rete network NRules built for these rules: its nodes (with their conditions and the rules that
    /// share them) and links.</summary>
    /// <returns>NRules' schema of the network.</returns>
    public ReteGraph GetReteGraph() => ((ISessionSchemaProvider)_rules.Factory).GetSchema();

    /// <summary>The Rete network NRules built for these rules, as DGML (open it in Visual Studio or any DGML viewer).</summary>
    /// <returns>The DGML document.</returns>
    public string ReteGraphDgml() => new DgmlWriter(GetReteGraph()).GetContents();
}
