using System.Collections.Immutable;
using CompatRules.Cli.Output;
using CompatRules.Reports;
using CompatRules.Text;

namespace CompatRules.Cli.Commands;

/// <summary>What a what-if change does to one node's Affected results.</summary>
/// <param name="Node">The node, or null for this machine.</param>
/// <param name="Introduced">Affected after the change, NotAffected or NotApplicable before: what the change breaks.</param>
/// <param name="Decided">Affected after the change, Unknown (or in Error) before: the value supplied what was
/// missing, so this need not be new.</param>
/// <param name="Resolved">Affected before the change, not after.</param>
/// <param name="Remaining">Affected before and after.</param>
internal sealed record AssumeDiff(string? Node, ImmutableArray<RuleResult> Introduced, ImmutableArray<RuleResult> Decided, ImmutableArray<RuleResult> Resolved, ImmutableArray<RuleResult> Remaining)
{
    public static AssumeDiff Compare(CompatReport before, CompatReport after)
    {
        var outcomeBefore = before.Results.ToDictionary(r => r.RuleId, r => (Outcome?)r.Outcome, StringComparer.Ordinal);
        var isAffected = after.Affected.Select(r => r.RuleId).ToHashSet(StringComparer.Ordinal);
        Outcome? Was(RuleResult result) => outcomeBefore.GetValueOrDefault(result.RuleId);
        return new AssumeDiff(
            after.Subject,
            [.. after.Affected.Where(r => Was(r) is Outcome.NotAffected or Outcome.NotApplicable)],
            [.. after.Affected.Where(r => Was(r) is Outcome.Unknown or Outcome.Error)],
            [.. before.Affected.Where(r => !isAffected.Contains(r.RuleId))],
            [.. after.Affected.Where(r => Was(r) == Outcome.Affected)]);
    }

    /// <summary>Writes the diff as a few lines headed by the node and the assumptions (each cut when long).</summary>
    public void Write(TextWriter writer, IEnumerable<Assumption> assumptions)
    {
        writer.WriteLine(VisibleText.Terminal($"What-if on {InputEcho.Cut(Node ?? "this machine")} ({string.Join(", ", assumptions.Select(a => "--assume " + InputEcho.Cut(a.Text)))}):"));
        WriteList(writer, "introduces", Introduced, withFix: false);
        if (!Decided.IsEmpty)
        {
            WriteList(writer, "affected, unknown before", Decided, withFix: false);
        }

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
