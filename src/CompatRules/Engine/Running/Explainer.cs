using System.Collections.Immutable;
using CompatRules.Engine.Model;
using CompatRules.Reports;

namespace CompatRules.Engine.Running;

/// <summary>
/// Builds an explanation from the rule's NRules model and the tally of NRules' evaluations: each condition with how
/// many facts (or fact combinations) NRules evaluated it on and how many passed; a pattern holds when some fact
/// passed all its conditions (for <c>Not</c>, when none did); patterns after the first that did not hold are shown
/// as not reached.
/// </summary>
internal static class Explainer
{
    public static Explanation Explain(RuleModel rule, RuleResult result, ConditionTally tally, FactIndex facts)
    {
        var patterns = ImmutableArray.CreateBuilder<PatternExplanation>(rule.Patterns.Length);
        var reached = true;
        foreach (var pattern in rule.Patterns)
        {
            var conditions = pattern.Conditions.Select(c =>
            {
                var (tested, passed) = tally.Of(c);
                return new ConditionExplanation(c.Text, tested, passed);
            }).ToImmutableArray();
            var available = facts.OfType(pattern.FactType).Count;
            var someFactPassedAll = available > 0 && (conditions.IsEmpty || conditions[^1].Passed > 0);
            var held = reached && (pattern.Kind == PatternKind.Not ? !someFactPassedAll : someFactPassedAll);
            var candidates = conditions.IsEmpty ? available : conditions[0].Tested;
            patterns.Add(new PatternExplanation(pattern.Name, pattern.FactType.Name, candidates, held, conditions) { Reached = reached });
            reached = held;
        }

        return new Explanation(result, patterns.MoveToImmutable());
    }
}
