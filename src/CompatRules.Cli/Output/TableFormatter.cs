using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>Human-readable text: one line per rule, details under Affected, Unknown and Error results; for a cluster,
/// the findings by rule and one line per node.</summary>
/// <param name="color">Use ANSI colours.</param>
internal sealed class TableFormatter(bool color) : StreamingFormatter
{
    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(this, output, cluster);

    private void WriteReport(CompatReport report, TextWriter writer)
    {
        writer.WriteLine($"Node: {V(report.Subject ?? "(this machine)")}");
        foreach (var result in report.Results.OrderBy(r => Rank(r.Outcome)).ThenByDescending(r => r.Severity).ThenBy(r => r.RuleId, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {Paint(OutcomeLabels.Words(result.Outcome).PadRight(14), result.Outcome)}  {result.Severity.ToString().ToLowerInvariant(),-8}  {V(result.RuleId)}  {V(result.Title)}");
            WriteDetails(result, writer);
        }

        writer.WriteLine($"Summary: {report.Count(Outcome.Affected)} affected, {report.Count(Outcome.Unknown)} unknown, {report.Count(Outcome.Error)} error, " +
            $"{report.Count(Outcome.NotAffected)} not affected, {report.Count(Outcome.NotApplicable)} not applicable");
    }

    private static void WriteDetails(RuleResult result, TextWriter writer)
    {
        switch (result.Outcome)
        {
            case Outcome.Affected:
                foreach (var evidence in result.Evidence)
                {
                    writer.WriteLine($"      evidence: {V(evidence.Description)} [{V(evidence.Provenance.ToString())}]");
                }

                foreach (var note in result.Notes)
                {
                    writer.WriteLine($"      note: {V(note)}");
                }

                for (var i = 0; i < result.Rule.Remediation.Length; i++)
                {
                    writer.WriteLine($"      fix {i + 1}: {V(result.Rule.Remediation[i])}");
                }

                if (result.Rule.FixedIn.Length > 0)
                {
                    writer.WriteLine($"      fixed in: {V(string.Join(", ", result.Rule.FixedIn))}");
                }

                if (result.References.Length > 0)
                {
                    writer.WriteLine($"      see: {V(result.References[0].OriginalString)}");
                }

                break;
            case Outcome.Unknown:
                writer.WriteLine($"      missing: {V(string.Join(", ", result.MissingFacts))}");
                break;
            case Outcome.Error:
                writer.WriteLine($"      error: {V(result.Error)}");
                break;
        }
    }

    private void WriteCluster(IReadOnlyList<string> nodeLines, ClusterSummary cluster, TextWriter writer)
    {
        writer.WriteLine($"Cluster: {cluster.NodeCount} node(s), {cluster.Findings.Count(f => f.AffectedNodes.Length > 0)} finding(s) affecting at least one node");
        foreach (var finding in cluster.Findings)
        {
            writer.WriteLine();
            writer.WriteLine($"{V(finding.Rule.Id)} ({finding.Rule.Severity.ToString().ToLowerInvariant()}) {V(finding.Rule.Title)}");
            if (finding.AffectedNodes.Length > 0)
            {
                writer.WriteLine($"  {Paint("affected", Outcome.Affected)}: {finding.AffectedNodes.Length}/{cluster.NodeCount} node(s): {V(string.Join(", ", finding.AffectedNodes))}");
            }

            if (finding.UnknownNodes.Length > 0)
            {
                writer.WriteLine($"  {Paint("unknown", Outcome.Unknown)}: {finding.UnknownNodes.Length}/{cluster.NodeCount} node(s): {V(string.Join(", ", finding.UnknownNodes))}");
                writer.WriteLine($"    missing: {V(string.Join(", ", finding.MissingFacts))}");
                writer.WriteLine($"    run `compatrules check` on the node to collect: {V(string.Join(", ", finding.MissingFacts))}");
            }

            if (finding.ErrorNodes.Length > 0)
            {
                writer.WriteLine($"  {Paint("error", Outcome.Error)}: {finding.ErrorNodes.Length}/{cluster.NodeCount} node(s): {V(string.Join(", ", finding.ErrorNodes))}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Nodes:");
        foreach (var line in nodeLines)
        {
            writer.WriteLine(line);
        }
    }

    private static string NodeLine(CompatReport report, string node)
        => $"  {V(node)}: {report.Count(Outcome.Affected)} affected, {report.Count(Outcome.Unknown)} unknown, {report.Count(Outcome.Error)} error";

    private static string V(string? text) => VisibleText.Terminal(text);

    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.Affected => 0,
        Outcome.Error => 1,
        Outcome.Unknown => 2,
        Outcome.NotAffected => 3,
        _ => 4,
    };

    private string Paint(string text, Outcome outcome)
    {
        if (!color)
        {
            return text;
        }

        var code = outcome switch
        {
            Outcome.Affected => "31;1",
            Outcome.Error => "35",
            Outcome.Unknown => "33",
            Outcome.NotAffected => "32",
            _ => "2",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }

    /// <summary>One report after the other; for a cluster only each node's one-line count is kept, to print under the
    /// findings at the end.</summary>
    private sealed class Writer(TableFormatter table, Stream output, bool cluster) : TextReportWriter(output)
    {
        private readonly List<string> _nodeLines = [];

        protected override void WriteReport(CompatReport report, string node)
        {
            if (cluster)
            {
                _nodeLines.Add(NodeLine(report, node));
                return;
            }

            if (_nodeLines.Count > 0)
            {
                Text.WriteLine();
            }

            _nodeLines.Add(node);
            table.WriteReport(report, Text);
        }

        protected override void WriteEnd(ClusterSummary? summary)
        {
            if (summary is not null)
            {
                table.WriteCluster(_nodeLines, summary, Text);
            }
        }
    }
}
