using System.Collections.Immutable;

namespace CompatRules.Reports;

/// <summary>The conclusions of every rule about one fact set, in rule id order.</summary>
/// <remarks>Deterministic: the same rules over the same facts give an equal report whatever the fact order or
/// the thread. Immutable and thread-safe.</remarks>
public sealed class CompatReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="subject">What the facts were about, such as a node name; may be null.</param>
    /// <param name="results">One result per rule; sorted by rule id here.</param>
    public CompatReport(string? subject, IEnumerable<RuleResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Subject = subject;
        Results = [.. results.OrderBy(r => r.RuleId, StringComparer.Ordinal)];
    }

    /// <summary>What the facts were about, such as a node name; null when not stated.</summary>
    public string? Subject { get; }

    /// <summary>Every rule's result, ordered by rule id.</summary>
    public ImmutableArray<RuleResult> Results { get; }

    /// <summary>The Affected results, most severe first, then by rule id.</summary>
    public IEnumerable<RuleResult> Affected => Results.Where(r => r.Outcome == Outcome.Affected).OrderByDescending(r => r.Severity);

    /// <summary>The Unknown results, each naming the facts it missed.</summary>
    public IEnumerable<RuleResult> Unknown => Results.Where(r => r.Outcome == Outcome.Unknown);

    /// <summary>The results of rules that failed.</summary>
    public IEnumerable<RuleResult> Errors => Results.Where(r => r.Outcome == Outcome.Error);

    /// <summary>The result of rule <paramref name="ruleId"/>, or null when no such rule ran.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The result, or null.</returns>
    public RuleResult? this[string ruleId] => Results.FirstOrDefault(r => r.RuleId == ruleId);

    /// <summary>The number of results with outcome <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome to count.</param>
    /// <returns>The count.</returns>
    public int Count(Outcome outcome) => Results.Count(r => r.Outcome == outcome);
}
