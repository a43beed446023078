using System.Collections.Immutable;
using CompatRules.Reports;

namespace CompatRules.Cli.Cluster;

/// <summary>The per-node reports of a cluster regrouped by finding: for each rule, which nodes it affects or could not
/// decide.</summary>
public sealed class ClusterSummary
{
    private ClusterSummary(int nodeCount, ImmutableArray<ClusterFinding> findings)
    {
        NodeCount = nodeCount;
        Findings = findings;
    }

    /// <summary>How many nodes were evaluated.</summary>
    public int NodeCount { get; }

    /// <summary>The rules Affected, Unknown or in Error on at least one node: most severe first, then by rule id.</summary>
    public ImmutableArray<ClusterFinding> Findings { get; }

    /// <summary>Regroups per-node reports by rule.</summary>
    /// <param name="reports">One report per node; a node is named by the report's subject.</param>
    /// <returns>The summary.</returns>
    public static ClusterSummary Create(IReadOnlyList<CompatReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var builder = new Builder();
        foreach (var report in reports)
        {
            builder.Add(report);
        }

        return builder.Build();
    }

    /// <summary>Builds a summary node by node, keeping only node names per finding (not the reports), so that a
    /// cluster can be summarised while its reports are written out.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, (RuleMetadata Rule, List<string> Affected, List<string> Unknown, List<string> Errors, List<string> Missing)> _byRule = new(StringComparer.Ordinal);
        private int _count;

        /// <summary>Adds the next node's report.</summary>
        /// <param name="report">The report; the node is named by <see cref="NodeName"/>.</param>
        public void Add(CompatReport report)
        {
            ArgumentNullException.ThrowIfNull(report);
            var node = NodeName(report, _count++);
            foreach (var result in report.Results.Where(r => r.Outcome is Outcome.Affected or Outcome.Unknown or Outcome.Error))
            {
                if (!_byRule.TryGetValue(result.RuleId, out var entry))
                {
                    entry = (result.Rule, [], [], [], []);
                    _byRule.Add(result.RuleId, entry);
                }

                var list = result.Outcome switch
                {
                    Outcome.Affected => entry.Affected,
                    Outcome.Unknown => entry.Unknown,
                    _ => entry.Errors,
                };
                list.Add(node);
                entry.Missing.AddRange(result.MissingFacts.Where(m => !entry.Missing.Contains(m)));
            }
        }

        /// <summary>The summary of the reports added so far.</summary>
        /// <returns>The summary.</returns>
        public ClusterSummary Build()
        {
            var findings = _byRule.Values
                .Select(e => new ClusterFinding(e.Rule, [.. e.Affected], [.. e.Unknown], [.. e.Errors], [.. e.Missing]))
                .OrderByDescending(f => f.AffectedNodes.Length > 0)
                .ThenByDescending(f => f.Rule.Severity)
                .ThenBy(f => f.Rule.Id, StringComparer.Ordinal);
            return new ClusterSummary(_count, [.. findings]);
        }
    }

    /// <summary>The name of the node a report is about: its subject, or <c>node-N</c> (1-based) when it has none.</summary>
    /// <param name="report">The report.</param>
    /// <param name="index">The report's zero-based position in the cluster.</param>
    /// <returns>The node name.</returns>
    public static string NodeName(CompatReport report, int index)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.IsNullOrEmpty(report.Subject) ? $"node-{index + 1}" : report.Subject;
    }
}
