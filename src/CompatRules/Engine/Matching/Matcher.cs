using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>Finds every match of a rule's patterns: a nested join over alpha memories, using hash indexes for
/// equality joins and testing Not/Exists against the partial match.</summary>
internal static class Matcher
{
    public static void FindMatches(RuleDefinition rule, Session session, object?[] tuple, List<object?[]> matches)
        => Step(rule, session, tuple, 0, matches);

    /// <summary>The facts that could fill <paramref name="pattern"/> given the facts already in <paramref name="tuple"/>.</summary>
    public static List<object> Candidates(PatternElement pattern, Session session, object?[] tuple)
    {
        var alpha = session.Alpha(pattern, tuple);
        var join = pattern.IndexedJoin?.Join;
        return join is null ? alpha.Facts : alpha.Lookup(join.BoundSide(tuple), tuple);
    }

    /// <summary>True when <paramref name="fact"/> passes every condition that reads earlier facts.</summary>
    public static bool PassesBeta(PatternElement pattern, object fact, object?[] tuple)
    {
        tuple[pattern.Slot] = fact;
        foreach (var condition in pattern.BetaConditions)
        {
            if (!condition.Test(tuple))
            {
                return false;
            }
        }

        return true;
    }

    private static void Step(RuleDefinition rule, Session session, object?[] tuple, int index, List<object?[]> matches)
    {
        if (index == rule.Patterns.Length)
        {
            matches.Add((object?[])tuple.Clone());
            return;
        }

        var pattern = rule.Patterns[index];
        var candidates = Candidates(pattern, session, tuple);
        switch (pattern.Kind)
        {
            case PatternKind.Match:
                // Index-based loop: a derived fact inserted meanwhile must not break the enumeration.
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (PassesBeta(pattern, candidates[i], tuple))
                    {
                        Step(rule, session, tuple, index + 1, matches);
                    }
                }

                tuple[pattern.Slot] = null;
                break;
            case PatternKind.Not:
            case PatternKind.Exists:
                var any = false;
                for (var i = 0; i < candidates.Count && !any; i++)
                {
                    any = PassesBeta(pattern, candidates[i], tuple);
                }

                tuple[pattern.Slot] = null;
                if (any == (pattern.Kind == PatternKind.Exists))
                {
                    Step(rule, session, tuple, index + 1, matches);
                }

                break;
        }
    }
}
