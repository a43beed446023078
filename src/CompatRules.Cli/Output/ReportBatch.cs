using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>What a formatter writes: one report per node, and for <c>cluster</c> the summary by finding.</summary>
/// <param name="Reports">The reports, one per node, in input order.</param>
/// <param name="Cluster">The summary by finding when the reports are a cluster's, otherwise null.</param>
public sealed record ReportBatch(IReadOnlyList<CompatReport> Reports, ClusterSummary? Cluster = null);
