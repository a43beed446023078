using CompatRules.Cli.Cluster;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>One format's output being written as the nodes are evaluated: each report is written (and flushed to
/// the destination) when it is added, so that memory does not grow with the number of nodes.</summary>
internal abstract class ReportWriter
{
    /// <summary>Writes one node's report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="node">The node's name (<see cref="ClusterSummary.NodeName"/>).</param>
    public abstract void Add(CompatReport report, string node);

    /// <summary>Writes one node's report, given the facts it was evaluated from; only the table shows them (its node
    /// header), the other formats write the report alone.</summary>
    /// <param name="report">The report.</param>
    /// <param name="node">The node's name (<see cref="ClusterSummary.NodeName"/>).</param>
    /// <param name="facts">The facts, what-if values applied.</param>
    public virtual void Add(CompatReport report, string node, FactSet facts) => Add(report, node);

    /// <summary>Writes what follows the reports (for a cluster, the summary by finding) and flushes.</summary>
    /// <param name="cluster">The summary when the reports are a cluster's, otherwise null.</param>
    public abstract void End(ClusterSummary? cluster);
}

/// <summary>A formatter that writes as the reports come: <see cref="Open"/> for a run, <see cref="Write"/> for a
/// batch already in memory (the same bytes).</summary>
internal abstract class StreamingFormatter : IReportFormatter
{
    /// <summary>Starts the output.</summary>
    /// <param name="output">The destination; left open.</param>
    /// <param name="rules">The rules every report holds results of, in the rule set's order.</param>
    /// <param name="cluster">True for a cluster: <see cref="ReportWriter.End"/> gets the summary by finding, and the
    /// formats that differ write their cluster form.</param>
    /// <returns>The writer to add reports to.</returns>
    public abstract ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster);

    public void Write(ReportBatch batch, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(writer);
        var rules = batch.Reports.SelectMany(r => r.Results).Select(r => r.Rule).DistinctBy(r => r.Id).ToList();
        var stream = new TextWriterStream(writer);
        var report = Open(stream, rules, batch.Cluster is not null);
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            report.Add(batch.Reports[i], ClusterSummary.NodeName(batch.Reports[i], i));
        }

        report.End(batch.Cluster);
        stream.Flush();
    }
}

/// <summary>A <see cref="ReportWriter"/> over UTF-8 text.</summary>
internal abstract class TextReportWriter(Stream output) : ReportWriter
{
    /// <summary>The text destination; flushed after every report.</summary>
    protected TextWriter Text { get; } = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };

    public sealed override void Add(CompatReport report, string node)
    {
        WriteReport(report, node);
        Text.Flush();
    }

    public sealed override void End(ClusterSummary? cluster)
    {
        WriteEnd(cluster);
        Text.Flush();
    }

    protected abstract void WriteReport(CompatReport report, string node);

    protected virtual void WriteEnd(ClusterSummary? cluster)
    {
    }
}
