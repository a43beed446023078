using CompatRules.Engine.Model;
using CompatRules.Facts;

namespace CompatRules.Engine.Running;

/// <summary>
/// Decides whether the facts that are present already rule a rule out, whatever the missing ones are: a positive
/// pattern whose needed facts are all present, together with the present patterns its conditions join to, such that
/// no combination of those facts passes every condition among them. Adding the missing facts only adds patterns and
/// conditions, so it cannot make such a rule fire.
/// </summary>
internal static class PresentFacts
{
    /// <summary>Condition evaluations allowed per rule before giving up (and not settling).</summary>
    private const int Budget = 10_000;

    /// <summary>Says why the rule cannot fire, or null when the present facts do not settle it.</summary>
    public static string? RuleOut(RuleModel rule, FactIndex facts)
    {
        var present = new bool[rule.Patterns.Length];
        foreach (var pattern in rule.Patterns)
        {
            present[pattern.Index] = pattern.Kind == PatternKind.Match && pattern.Requirements.All(r => facts.OfType(pattern.FactType).Exists(f => r.Selects(f)));
        }

        foreach (var pattern in rule.Patterns)
        {
            if (!present[pattern.Index] || pattern.Conditions.IsEmpty)
            {
                continue;
            }

            var group = new SortedSet<int> { pattern.Index };
            foreach (var condition in pattern.Conditions)
            {
                if (condition.PatternsRead.All(p => p >= 0 && present[p]))
                {
                    group.UnionWith(condition.PatternsRead);
                }
            }

            var members = group.ToArray();
            var conditions = members.SelectMany(m => rule.Patterns[m].Conditions).Where(c => c.PatternsRead.All(group.Contains)).ToArray();
            var search = new Search(rule, facts, members, conditions);
            if (!search.AnySatisfies())
            {
                return $"{Describe(rule, facts, members)} does not meet the rule's condition on {pattern.Name}";
            }
        }

        return null;
    }

    private static string Describe(RuleModel rule, FactIndex facts, int[] members)
    {
        var shown = new List<object>();
        foreach (var member in members)
        {
            var pattern = rule.Patterns[member];
            foreach (var requirement in pattern.Requirements)
            {
                if (facts.OfType(pattern.FactType).Find(f => requirement.Selects(f)) is { } fact && !shown.Exists(s => ReferenceEquals(s, fact)))
                {
                    shown.Add(fact);
                }
            }
        }

        return string.Join(", ", shown.Select(f => f is Fact fact ? fact.Describe() : f.ToString()));
    }

    /// <summary>A backtracking search for one assignment of present facts to the group's patterns that passes
    /// every condition, each condition tested as soon as the facts it reads are assigned.</summary>
    private sealed class Search(RuleModel rule, FactIndex facts, int[] members, ConditionModel[] conditions)
    {
        private readonly object?[] _assigned = new object?[rule.Patterns.Length];
        private int _evaluations;

        /// <summary>True when some assignment passes, or when the search cannot tell (a condition threw, or the budget ran out).</summary>
        public bool AnySatisfies()
        {
            try
            {
                return Assign(0);
            }
            catch (BudgetExhausted)
            {
                return true;
            }
        }

        private bool Assign(int depth)
        {
            if (depth == members.Length)
            {
                return true;
            }

            var slot = members[depth];
            foreach (var fact in facts.OfType(rule.Patterns[slot].FactType))
            {
                _assigned[slot] = fact;
                if (PassesConditionsEndingAt(slot) && Assign(depth + 1))
                {
                    return true;
                }
            }

            _assigned[slot] = null;
            return false;
        }

        private bool PassesConditionsEndingAt(int slot)
        {
            foreach (var condition in conditions)
            {
                if (condition.PatternsRead.Max() != slot)
                {
                    continue;
                }

                if (++_evaluations > Budget)
                {
                    throw new BudgetExhausted();
                }

                var arguments = new object?[condition.PatternsRead.Length];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = _assigned[condition.PatternsRead[i]];
                }

                bool holds;
                try
                {
                    holds = condition.Test(arguments);
                }
                catch (Exception)
                {
                    // A condition that throws proves nothing: treat the facts as possibly matching.
                    throw new BudgetExhausted();
                }

                if (!holds)
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class BudgetExhausted : Exception;
}
