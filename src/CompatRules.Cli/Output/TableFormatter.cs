using CompatRules.Cli.Cluster;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>Human-readable text: for one node, a header of what was found, then one line per rule with details
/// under Affected, Unknown and Error results (Unknown rules that miss their facts for one reason under that reason,
/// said once); for a cluster, the findings by rule and one line per node. Every value from the input is escaped
/// (<see cref="VisibleText"/>), and names are cut to a short prefix with their length when long.</summary>
/// <param name="color">Use ANSI colours.</param>
internal sealed class TableFormatter(bool color) : StreamingFormatter
{
    /// <summary>How many node names a cluster finding lists before "and N more".</summary>
    public const int NodesListed = 10;

    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(this, output, cluster);

    private void WriteReport(CompatReport report, FactSet? facts, TextWriter writer)
    {
        writer.WriteLine($"Node: {VisibleText.Short(report.Subject ?? "(this machine)")}");
        if (facts is not null)
        {
            NodeHeader.Write(facts, writer);
            PermissionNotice.Write(facts, writer);
            writer.WriteLine();
        }

        var ordered = report.Results.OrderBy(r => Rank(r.Outcome)).ThenByDescending(r => r.Severity).ThenBy(r => r.RuleId, StringComparer.Ordinal).ToList();
        foreach (var result in ordered.Where(r => Rank(r.Outcome) < Rank(Outcome.Unknown)))
        {
            WriteResult(result, writer);
        }

        foreach (var group in UnknownGroups.Of(ordered.Where(r => r.Outcome == Outcome.Unknown)))
        {
            if (group.Shared)
            {
                writer.WriteLine($"  {Paint("UNKNOWN", Outcome.Unknown)} for {group.Results.Count} rules, each missing a fact for one reason: {V(group.Reason)}");
            }

            foreach (var result in group.Results)
            {
                WriteLine(result, writer);
                writer.WriteLine($"      missing: {V(string.Join(", ", group.Shared ? UnknownGroups.Keys(result) : result.MissingFacts))}");
            }
        }

        foreach (var result in ordered.Where(r => Rank(r.Outcome) > Rank(Outcome.Unknown)))
        {
            WriteResult(result, writer);
        }

        writer.WriteLine($"Summary: {report.Count(Outcome.Affected)} affected, {report.Count(Outcome.Unknown)} unknown, {report.Count(Outcome.Error)} error, " +
            $"{report.Count(Outcome.NotAffected)} not affected, {report.Count(Outcome.NotApplicable)} not applicable");
    }

    private void WriteLine(RuleResult result, TextWriter writer)
        => writer.WriteLine($"  {Paint(OutcomeLabels.Words(result.Outcome).PadRight(14), result.Outcome)}  {result.Severity.ToString().ToLowerInvariant(),-8}  {V(result.RuleId)}  {V(result.Title)}");

    private void WriteResult(RuleResult result, TextWriter writer)
    {
        WriteLine(result, writer);
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
                writer.WriteLine($"  {Paint("affected", Outcome.Affected)}: {finding.AffectedNodes.Length}/{cluster.NodeCount} node(s): {NodeList(finding.AffectedNodes)}");
            }

            if (finding.UnknownNodes.Length > 0)
            {
                writer.WriteLine($"  {Paint("unknown", Outcome.Unknown)}: {finding.UnknownNodes.Length}/{cluster.NodeCount} node(s): {NodeList(finding.UnknownNodes)}");
                writer.WriteLine($"    missing: {V(string.Join(", ", finding.MissingFacts))}");
                writer.WriteLine($"    run `compatrules check` on the node to collect: {V(string.Join(", ", finding.MissingFacts))}");
            }

            if (finding.ErrorNodes.Length > 0)
            {
                writer.WriteLine($"  {Paint("error", Outcome.Error)}: {finding.ErrorNodes.Length}/{cluster.NodeCount} node(s): {NodeList(finding.ErrorNodes)}");
            }
        }

        writer.WriteLine();
        writer.WriteLine("Nodes:");
        foreach (var line in nodeLines)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>The first <see cref="NodesListed"/> names, each cut and escaped, then how many more there are.</summary>
    private static string NodeList(IReadOnlyList<string> nodes)
    {
        var listed = string.Join(", ", nodes.Take(NodesListed).Select(VisibleText.Short));
        return nodes.Count > NodesListed ? $"{listed} and {nodes.Count - NodesListed} more" : listed;
    }

    private static string NodeLine(CompatReport report, string node)
        => $"  {VisibleText.Short(node)}: {report.Count(Outcome.Affected)} affected, {report.Count(Outcome.Unknown)} unknown, {report.Count(Outcome.Error)} error";

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

    /// <summary>One report after the other, each with its node header when the facts are given; for a cluster only
    /// each node's one-line count is kept, to print under the findings at the end.</summary>
    private sealed class Writer(TableFormatter table, Stream output, bool cluster) : TextReportWriter(output)
    {
        private readonly List<string> _nodeLines = [];
        private FactSet? _facts;

        public override void Add(CompatReport report, string node, FactSet facts)
        {
            _facts = facts;
            try
            {
                Add(report, node);
            }
            finally
            {
                _facts = null;
            }
        }

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
            table.WriteReport(report, _facts, Text);
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
