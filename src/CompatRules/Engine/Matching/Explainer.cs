using System.Collections.Immutable;
using CompatRules.Engine.Model;
using CompatRules.Reports;

namespace CompatRules.Engine.Matching;

/// <summary>Replays a rule's patterns over a finished session, counting for each condition how many facts reached
/// it and how many passed, so a user can see which condition kept the rule from firing.</summary>
internal static class Explainer
{
    private const int MaxPartialMatches = 1_000;

    public static Explanation Explain(RuleDefinition rule, Session session, RuleResult result)
    {
        var partials = new List<object?[]> { new object?[rule.SlotCount] };
        var patterns = ImmutableArray.CreateBuilder<PatternExplanation>();
        foreach (var pattern in rule.Patterns)
        {
            var facts = session.Memory.OfType(pattern.FactType);
            var tested = new int[pattern.Conditions.Length];
            var passed = new int[pattern.Conditions.Length];
            var next = new List<object?[]>();
            var candidates = 0;
            foreach (var tuple in partials)
            {
                var matching = 0;
                foreach (var fact in facts)
                {
                    candidates++;
                    tuple[pattern.Slot] = fact;
                    if (PassesAll(pattern, tuple, tested, passed))
                    {
                        matching++;
                        if (pattern.Kind == PatternKind.Match && next.Count < MaxPartialMatches)
                        {
                            next.Add((object?[])tuple.Clone());
                        }
                    }
                }

                tuple[pattern.Slot] = null;
                if (pattern.Kind != PatternKind.Match && (matching > 0) == (pattern.Kind == PatternKind.Exists) && next.Count < MaxPartialMatches)
                {
                    next.Add(tuple);
                }
            }

            var conditions = pattern.Conditions.Select((c, i) => new ConditionExplanation(c.Text, tested[i], passed[i]));
            patterns.Add(new PatternExplanation(pattern.Name, pattern.FactType.Name, candidates, next.Count > 0, [.. conditions]));
            partials = next;
        }

        return new Explanation(result, patterns.ToImmutable());
    }

    private static bool PassesAll(PatternElement pattern, object?[] tuple, int[] tested, int[] passed)
    {
        for (var i = 0; i < pattern.Conditions.Length; i++)
        {
            tested[i]++;
            bool holds;
            try
            {
                holds = pattern.Conditions[i].Test(tuple);
            }
            catch (Exception)
            {
                holds = false;
            }

            if (!holds)
            {
                return false;
            }

            passed[i]++;
        }

        return true;
    }
}
