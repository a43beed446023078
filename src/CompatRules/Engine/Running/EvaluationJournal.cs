using NRules;
using NRules.AgendaFilters;
using NRules.Extensibility;
using NRules.RuleModel;

namespace CompatRules.Engine.Running;

/// <summary>
/// What one evaluation's NRules session did, rule by rule: firings and their notes, errors, activation and
/// insertion counts. It is the session's dependency resolver (so <c>ctx.Note(...)</c> finds it) and a global agenda
/// filter (so a failed rule, or one past its limits, stops firing while the others go on).
/// </summary>
internal sealed class EvaluationJournal : IDependencyResolver, IAgendaFilter
{
    private readonly CompiledRules _rules;
    private readonly RuleRun?[] _runs;
    private Firing? _current;
    private int _currentRule = -1;

    /// <param name="rules">The engine's rules.</param>
    /// <param name="carriedErrors">Errors from an earlier run of the same facts: those rules start failed and never fire.</param>
    public EvaluationJournal(CompiledRules rules, IReadOnlyDictionary<int, string>? carriedErrors = null)
    {
        _rules = rules;
        _runs = new RuleRun?[rules.Models.Length];
        if (carriedErrors is not null)
        {
            foreach (var (index, error) in carriedErrors)
            {
                RunOf(index).Error = error;
            }
        }
    }

    /// <summary>The rule's run, or null when NRules never touched it.</summary>
    public RuleRun? Run(int index) => _runs[index];

    /// <summary>The journal of the session an action runs in.</summary>
    /// <exception cref="InvalidOperationException">The session was not created by a CompatRules engine.</exception>
    public static EvaluationJournal Of(IContext context)
    {
        object? resolved;
        try
        {
            resolved = context.Resolve(typeof(EvaluationJournal));
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException("ctx.Note(...) needs a session created by a CompatRules RuleEngine (RuleEngine.Evaluate).", e);
        }

        return resolved as EvaluationJournal
               ?? throw new InvalidOperationException("ctx.Note(...) needs a session created by a CompatRules RuleEngine (RuleEngine.Evaluate).");
    }

    /// <inheritdoc />
    public object Resolve(IResolutionContext context, Type serviceType)
        => serviceType == typeof(EvaluationJournal)
            ? this
            : _rules.Options.DependencyResolver?.Resolve(context, serviceType)
              ?? throw new InvalidOperationException($"No service of type {serviceType} is registered: set EngineOptions.DependencyResolver.");

    /// <inheritdoc />
    public bool Accept(AgendaContext context, Activation activation)
    {
        var index = _rules.IndexOf(activation.Rule);
        if (index < 0)
        {
            return true;
        }

        var run = RunOf(index);
        if (run.Error is not null)
        {
            return false;
        }

        if (++run.Activations > _rules.Options.MaxActivationsPerRule)
        {
            run.Error = $"the rule was activated more than {_rules.Options.MaxActivationsPerRule} times in one evaluation: it kept matching the facts it derives";
            return false;
        }

        return true;
    }

    public void Note(IContext context, string text)
    {
        if (_current is not null && ReferenceEquals(_current.Match, context.Match))
        {
            _current.AddNote(text);
        }
    }

    public void OnFiring(IMatch match)
    {
        var index = _rules.IndexOf(match.Rule);
        if (index < 0)
        {
            return;
        }

        var matched = match.Facts;
        var facts = new object?[matched is ICollection<IFactMatch> known ? known.Count : matched.Count()];
        var i = 0;
        foreach (var fact in matched)
        {
            facts[i++] = fact.Value;
        }

        _current = RunOf(index).Fire(match, facts);
        _currentRule = index;
    }

    public void OnFired()
    {
        _current = null;
        _currentRule = -1;
    }

    /// <summary>Counts a fact a rule inserts; throws into the inserting action once it passes the limit.</summary>
    public void OnInserting(IFact fact)
    {
        if (_currentRule >= 0)
        {
            var run = RunOf(_currentRule);
            if (++run.Derived > _rules.Options.MaxDerivedFactsPerRule)
            {
                throw new DerivedFactLimitException($"the rule inserted more than {_rules.Options.MaxDerivedFactsPerRule} derived facts in one evaluation");
            }
        }
        else if (fact.Source is ILinkedFactSource linked && _rules.IndexOf(linked.Rule) is >= 0 and var producer)
        {
            // Linked facts are inserted after the action returned, so there is no action to throw into: the rule
            // fails, and the agenda filter keeps it from firing again.
            var run = RunOf(producer);
            if (++run.Derived > _rules.Options.MaxDerivedFactsPerRule)
            {
                run.Error ??= $"the rule inserted more than {_rules.Options.MaxDerivedFactsPerRule} derived facts in one evaluation";
            }
        }
    }

    public void OnConditionFailed(IEnumerable<IRuleDefinition> rules, Exception? exception)
    {
        foreach (var rule in rules)
        {
            Fail(_rules.IndexOf(rule), "a condition", exception);
        }
    }

    public void OnActionFailed(IRuleDefinition rule, Exception? exception)
    {
        var index = _rules.IndexOf(rule);
        if (exception is DerivedFactLimitException limit)
        {
            if (index >= 0)
            {
                RunOf(index).Error ??= limit.Message;
            }

            return;
        }

        Fail(index, "an action", exception);
    }

    public void OnFilterFailed(IRuleDefinition rule, Exception? exception) => Fail(_rules.IndexOf(rule), "an agenda filter", exception);

    /// <summary>The errors of rules that failed after inserting facts, which may have reached other rules; null when none did.</summary>
    public Dictionary<int, string>? ErrorsThatLeaked(IReadOnlyDictionary<int, string>? carried)
    {
        Dictionary<int, string>? leaked = null;
        for (var i = 0; i < _runs.Length; i++)
        {
            if (_runs[i] is { Error: { } error, Derived: > 0 } && carried?.ContainsKey(i) != true)
            {
                leaked ??= carried is null ? [] : new Dictionary<int, string>(carried);
                leaked[i] = error;
            }
        }

        return leaked;
    }

    private void Fail(int index, string what, Exception? exception)
    {
        if (index >= 0)
        {
            RunOf(index).Error ??= ErrorText.Describe(what, exception);
        }
    }

    private RuleRun RunOf(int index) => _runs[index] ??= new RuleRun();
}
