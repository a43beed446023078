using System.Collections.Immutable;
using System.Text;

namespace CompatRules.Reports;

/// <summary>Why a rule came out as it did over one fact set: its result and each pattern's tally.</summary>
/// <param name="Result">The rule's result.</param>
/// <param name="Patterns">The patterns in order; the first one that did not hold is where matching stopped.</param>
public sealed record Explanation(RuleResult Result, ImmutableArray<PatternExplanation> Patterns)
{
    /// <summary>The first pattern that did not hold, or null when all did.</summary>
    public PatternExplanation? StoppedAt => Patterns.FirstOrDefault(p => p.Reached && !p.Held);

    /// <summary>The explanation as indented text, one line per pattern and condition.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Result.RuleId}: {Result.Outcome}");
        foreach (var missing in Result.MissingFacts)
        {
            text.AppendLine($"  missing: {missing}");
        }

        foreach (var pattern in Patterns)
        {
            text.AppendLine($"  {(!pattern.Reached ? "not reached" : pattern.Held ? "held" : "FAILED")}  {pattern.Name} ({pattern.FactType}, {pattern.Candidates} candidate(s))");
            foreach (var condition in pattern.Conditions)
            {
                text.AppendLine($"      {condition.Passed}/{condition.Tested} passed  {condition.Text}");
            }
        }

        return text.ToString();
    }
}
