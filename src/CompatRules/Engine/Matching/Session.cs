using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>
/// One evaluation: the rules run over a working memory until no rule inserts a new fact (forward chaining), each
/// match firing once. A rule that throws, or keeps inserting facts past the limits, ends in Error alone.
/// </summary>
internal sealed class Session
{
    private readonly CompiledRuleSet _rules;
    private readonly Dictionary<PatternElement, AlphaMemory> _alpha = [];
    private readonly RuleState[] _states;

    public Session(CompiledRuleSet rules, IEnumerable<object> facts)
    {
        _rules = rules;
        Memory = new WorkingMemory(facts);
        _states = new RuleState[rules.Rules.Length];
        for (var i = 0; i < _states.Length; i++)
        {
            _states[i] = new RuleState();
        }
    }

    public WorkingMemory Memory { get; }

    public RuleState State(int ruleIndex) => _states[ruleIndex];

    public AlphaMemory Alpha(PatternElement pattern, object?[] scratch)
    {
        if (_alpha.TryGetValue(pattern, out var memory) && memory.Version == Memory.Version)
        {
            return memory;
        }

        var saved = scratch[pattern.Slot];
        memory = new AlphaMemory(pattern, Memory.OfType(pattern.FactType), scratch) { Version = Memory.Version };
        scratch[pattern.Slot] = saved;
        _alpha[pattern] = memory;
        return memory;
    }

    public void Run()
    {
        var options = _rules.Options;
        HashSet<Type>? changed = null;
        for (var pass = 0; pass < options.MaxChainingPasses; pass++)
        {
            var insertedTypes = new HashSet<Type>();
            for (var r = 0; r < _rules.Rules.Length; r++)
            {
                var rule = _rules.Rules[r];
                var state = _states[r];
                state.InsertedThisPass = false;
                if (state.Error is not null || (changed is not null && !Reads(rule, changed)))
                {
                    continue;
                }

                var before = Memory.All.Count;
                Fire(rule, state);
                for (var i = before; i < Memory.All.Count; i++)
                {
                    insertedTypes.Add(Memory.All[i].GetType());
                }
            }

            if (insertedTypes.Count == 0)
            {
                return;
            }

            changed = insertedTypes;
        }

        for (var r = 0; r < _states.Length; r++)
        {
            if (_states[r].InsertedThisPass && _states[r].Error is null)
            {
                _states[r].Error = $"forward chaining did not settle after {options.MaxChainingPasses} passes: the rule kept inserting new facts";
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

    private void Fire(RuleDefinition rule, RuleState state)
    {
        var matches = new List<object?[]>();
        try
        {
            Matcher.FindMatches(rule, this, new object?[rule.SlotCount], matches);
        }
        catch (Exception e)
        {
            state.Error = $"a condition threw {e.GetType().Name}: {e.Message}";
            return;
        }

        foreach (var match in matches)
        {
            if (!state.Fired.Add(new ActivationKey(match)))
            {
                continue;
            }

            state.Activations.Add(match);
            var context = new ActionContext(rule.Metadata, this, state);
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
}
