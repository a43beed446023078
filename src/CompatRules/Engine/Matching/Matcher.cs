using CompatRules.Engine.Model;

namespace CompatRules.Engine.Matching;

/// <summary>Finds every match of a rule's patterns: a nested join over alpha memories, using hash indexes for
/// equality joins and testing Not/Exists against the partial match.</summary>
internal static class Matcher
{
    /// <summary>Adds every match of <paramref name="rule"/> to <paramref name="matches"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="patternOffset">The number of its first pattern in the rule set (<see cref="CompiledRuleSet.PatternOffset"/>).</param>
    /// <param name="session">The session.</param>
    /// <param name="tuple">A cleared scratch tuple of the rule's slot count.</param>
    /// <param name="matches">Receives a copy of each complete tuple.</param>
    public static void FindMatches(RuleDefinition rule, int patternOffset, Session session, object?[] tuple, List<object?[]> matches)
        => Step(rule, patternOffset, session, tuple, 0, matches);

    /// <summary>The facts that could fill pattern number <paramref name="id"/> given the facts already in <paramref name="tuple"/>.</summary>
    public static Candidates CandidatesFor(int id, PatternElement pattern, Session session, object?[] tuple)
    {
        var join = pattern.IndexedJoin?.Join;
        return join is null
            ? session.Alpha.Facts(id, pattern, session.Memory, tuple)
            : session.Alpha.Lookup(id, pattern, session.Memory, join.BoundSide(tuple), tuple);
    }

    /// <summary>True when <paramref name="fact"/> passes every condition that reads earlier facts.</summary>
    public static bool PassesBeta(PatternElement pattern, object fact, object?[] tuple)
    {
        tuple[pattern.Slot] = fact;
        var conditions = pattern.BetaConditions;
        for (var c = 0; c < conditions.Length; c++)
        {
            if (!conditions[c].Test(tuple))
            {
                return false;
            }
        }

        return true;
    }

    private static void Step(RuleDefinition rule, int patternOffset, Session session, object?[] tuple, int index, List<object?[]> matches)
    {
        if (index == rule.Patterns.Length)
        {
            matches.Add((object?[])tuple.Clone());
            return;
        }

        var pattern = rule.Patterns[index];
        var candidates = CandidatesFor(patternOffset + index, pattern, session, tuple);
        switch (pattern.Kind)
        {
            case PatternKind.Match:
                // Nothing is inserted while matching (actions run after), so the window cannot go stale here.
                for (var i = 0; i < candidates.Count; i++)
                {
                    if (PassesBeta(pattern, candidates[i], tuple))
                    {
                        Step(rule, patternOffset, session, tuple, index + 1, matches);
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
                    Step(rule, patternOffset, session, tuple, index + 1, matches);
                }

                break;
        }
    }
}
