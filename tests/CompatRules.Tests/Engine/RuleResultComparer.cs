using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>Compares results by value: outcome, evidence, missing facts, notes and error.</summary>
public sealed class RuleResultComparer : IEqualityComparer<RuleResult?>
{
    public static RuleResultComparer Instance { get; } = new();

    public bool Equals(RuleResult? x, RuleResult? y)
        => x is not null && y is not null
           && x.RuleId == y.RuleId && x.Outcome == y.Outcome && x.Error == y.Error
           && x.Evidence.SequenceEqual(y.Evidence) && x.MissingFacts.SequenceEqual(y.MissingFacts) && x.Notes.SequenceEqual(y.Notes);

    public int GetHashCode(RuleResult? obj) => obj is null ? 0 : HashCode.Combine(obj.RuleId, obj.Outcome);
}
