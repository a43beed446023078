using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>
/// One evaluation: the rules run over a working memory until no rule inserts a new fact (forward chaining), each
/// match firing once. A rule that throws, or keeps inserting facts past the limits, ends in Error alone.
/// </summary>
internal sealed class Session
{
    private readonly CompiledRuleSet _rules;
    private AlphaMemory? _alpha;
    private readonly RuleState?[] _states;
    private readonly List<object?[]> _matches = [];
    private object?[][] _tuples = [];

    public Session(CompiledRuleSet rules, IReadOnlyCollection<object> facts)
    {
        _rules = rules;
        Memory = new WorkingMemory(facts);
        _states = new RuleState?[rules.Rules.Length];
    }

    public WorkingMemory Memory { get; }

    /// <summary>The rule's state; a rule that never matched nor failed shares one empty state.</summary>
    public RuleState State(int ruleIndex) => _states[ruleIndex] ?? RuleState.Untouched;

    /// <summary>Switches a rule off before <see cref="Run"/>: it keeps <paramref name="error"/> and never fires.</summary>
    /// <param name="ruleIndex">The rule.</param>
    /// <param name="error">The error it failed with in an earlier run.</param>
    public void Disable(int ruleIndex, string error) => StateFor(ruleIndex).Error = error;

    /// <summary>The alpha memories; rented from this thread's spare for the length of <see cref="Run"/>.</summary>
    public AlphaMemory Alpha => _alpha ?? throw new InvalidOperationException("Alpha memories exist only while the session runs.");

    public void Run()
    {
        _alpha = AlphaMemory.Rent(_rules.PatternCount);
        try
        {
            RunPasses();
        }
        finally
        {
            _alpha.Return();
            _alpha = null;
        }
    }

    private void RunPasses()
    {
        var options = _rules.Options;
        HashSet<Type>? changed = null;
        HashSet<Type>? inserted = null;
        for (var pass = 0; pass < options.MaxChainingPasses; pass++)
        {
            inserted?.Clear();
            for (var r = 0; r < _rules.Rules.Length; r++)
            {
                var rule = _rules.Rules[r];
                var state = _states[r];
                if (state is not null)
                {
                    state.InsertedThisPass = false;
                }

                if (state?.Error is not null || (changed is not null && !Reads(rule, changed)))
                {
                    continue;
                }

                var before = Memory.All.Count;
                Fire(r, rule);
                for (var i = before; i < Memory.All.Count; i++)
                {
                    (inserted ??= []).Add(Memory.All[i].GetType());
                }
            }

            if (inserted is null || inserted.Count == 0)
            {
                return;
            }

            (changed, inserted) = (inserted, changed);
        }

        for (var r = 0; r < _states.Length; r++)
        {
            if (_states[r] is { InsertedThisPass: true, Error: null } state)
            {
                state.Error = $"forward chaining did not settle after {options.MaxChainingPasses} passes: the rule kept inserting new facts";
            }
        }
    }

    public void InsertDerived(RuleState state, object fact)
    {
        if (++state.DerivedCount > _rules.Options.MaxDerivedFactsPerRule)
        {
            throw new ChainLimitExceededException(
                $"the rule inserted more than {_rules.Options.MaxDerivedFactsPerRule} derived facts in one evaluation");
        }

        state.InsertedThisPass = true;
        Memory.Insert(fact);
    }

    private static bool Reads(RuleDefinition rule, HashSet<Type> changed)
    {
        foreach (var read in rule.ReadTypes)
        {
            foreach (var type in changed)
            {
                if (read.IsAssignableFrom(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void Fire(int ruleIndex, RuleDefinition rule)
    {
        var matches = _matches;
        matches.Clear();
        try
        {
            Matcher.FindMatches(rule, _rules.PatternOffset[ruleIndex], this, Tuple(rule.SlotCount), matches);
        }
        catch (Exception e)
        {
            StateFor(ruleIndex).Error = $"a condition threw {e.GetType().Name}: {e.Message}";
            return;
        }

        if (matches.Count == 0)
        {
            return;
        }

        var state = StateFor(ruleIndex);
        ActionContext? context = null;
        // Actions only insert facts; nothing they do re-enters Fire, so the scratch list stays as it is.
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (!state.TryActivate(match))
            {
                continue;
            }

            context ??= new ActionContext(rule.Metadata, this, state);
            try
            {
                foreach (var action in rule.Actions)
                {
                    action.Run(context, match);
                }
            }
            catch (ChainLimitExceededException e)
            {
                state.Error = e.Message;
                return;
            }
            catch (Exception e)
            {
                state.Error = $"an action threw {e.GetType().Name}: {e.Message}";
                return;
            }
        }
    }

    private RuleState StateFor(int ruleIndex) => _states[ruleIndex] ??= new RuleState();

    /// <summary>A cleared scratch tuple of <paramref name="length"/> slots, reused across rules.</summary>
    private object?[] Tuple(int length)
    {
        if (_tuples.Length <= length)
        {
            Array.Resize(ref _tuples, length + 1);
        }

        var tuple = _tuples[length] ??= new object?[length];
        Array.Clear(tuple);
        return tuple;
    }
}
