using System.Collections.Immutable;
using CompatRules.Cli.Output;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary>What a what-if change does to one node's Affected results.</summary>
/// <param name="Node">The node, or null for this machine.</param>
/// <param name="Introduced">Affected after the change, not before.</param>
/// <param name="Resolved">Affected before the change, not after.</param>
/// <param name="Remaining">Affected before and after.</param>
internal sealed record AssumeDiff(string? Node, ImmutableArray<RuleResult> Introduced, ImmutableArray<RuleResult> Resolved, ImmutableArray<RuleResult> Remaining)
{
    public static AssumeDiff Compare(CompatReport before, CompatReport after)
    {
        var wasAffected = before.Affected.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        var isAffected = after.Affected.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        return new AssumeDiff(
            after.Subject,
            [.. after.Affected.Where(r => !wasAffected.Contains(r.RuleId))],
            [.. before.Affected.Where(r => !isAffected.Contains(r.RuleId))],
            [.. after.Affected.Where(r => wasAffected.Contains(r.RuleId))]);
    }

    /// <summary>Writes the diff as a few lines headed by the node and the assumptions.</summary>
    public void Write(TextWriter writer, IEnumerable<Assumption> assumptions)
    {
        writer.WriteLine(VisibleText.Terminal($"What-if on {Node ?? "this machine"} ({string.Join(", ", assumptions.Select(a => "--assume " + a.Text))}):"));
        WriteList(writer, "introduces", Introduced, withFix: false);
        WriteList(writer, "resolves", Resolved, withFix: false);
        WriteList(writer, "leaves", Remaining, withFix: true);
    }

    private static void WriteList(TextWriter writer, string verb, ImmutableArray<RuleResult> results, bool withFix)
    {
        if (results.IsEmpty)
        {
            writer.WriteLine($"  {verb}: nothing");
            return;
        }

        foreach (var result in results)
        {
            var fix = withFix && result.Rule.FixedIn.Length > 0 ? $" (fixed in {string.Join(", ", result.Rule.FixedIn)})" : string.Empty;
            writer.WriteLine(VisibleText.Terminal($"  {verb}: {result.RuleId} ({ReportJson.SeverityName(result.Severity)}) {result.Title}{fix}"));
        }
    }
}
