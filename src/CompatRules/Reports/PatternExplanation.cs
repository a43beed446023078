using System.Collections.Immutable;

namespace CompatRules.Reports;

/// <summary>How one pattern of a rule fared: the facts it could use and each condition's tally.</summary>
/// <param name="Name">The variable the pattern binds, or its kind and type (<c>not ComponentSetting</c>).</param>
/// <param name="FactType">The fact type's name.</param>
/// <param name="Candidates">How many facts (or, for a join, fact combinations) NRules evaluated the pattern's first
/// condition on; for a pattern without conditions, how many facts of its type there were.</param>
/// <param name="Held">True when the pattern was reached and let at least one match through (for <c>not</c>, when no
/// fact matched it).</param>
/// <param name="Conditions">Each condition's tally, in the order written.</param>
public sealed record PatternExplanation(string Name, string FactType, int Candidates, bool Held, ImmutableArray<ConditionExplanation> Conditions)
{
    /// <summary>False when an earlier pattern did not hold, so no match reached this one: its tallies then count only
    /// what NRules evaluated on single facts, and it is shown as not reached rather than as failed.</summary>
    public bool Reached { get; init; } = true;
}
