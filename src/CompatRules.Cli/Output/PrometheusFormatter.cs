using System.Text;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>Prometheus text exposition for node-exporter's textfile collector: the gauge
/// <c>compatrules_rule_outcome</c>, one sample per rule and outcome, 1 for the rule's outcome and 0 for the others. The
/// <c>node</c> label is the node's name as every format names it (<see cref="ClusterSummary.NodeName"/>: the subject,
/// or <c>node-N</c> for a report without one), so that two nodes never write the same series.</summary>
internal sealed class PrometheusFormatter : StreamingFormatter
{
    public const string Metric = "compatrules_rule_outcome";

    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(output);

    private static readonly Outcome[] Outcomes = Enum.GetValues<Outcome>();
    private static readonly string[] OutcomeNames = [.. Outcomes.Select(OutcomeLabels.Kebab)];

    private static void WriteReport(CompatReport report, string node, TextWriter writer)
    {
        // Each label is escaped once, not once per sample: a node has a sample per rule and outcome.
        var nodeLabel = Escape(node);
        foreach (var result in report.Results)
        {
            var labels = $"{Metric}{{rule=\"{Escape(result.RuleId)}\",severity=\"{ReportJson.SeverityName(result.Severity)}\"," +
                $"component=\"{Escape(result.Component ?? string.Empty)}\",outcome=\"";
            for (var i = 0; i < Outcomes.Length; i++)
            {
                writer.Write(labels);
                writer.Write(OutcomeNames[i]);
                writer.Write("\",node=\"");
                writer.Write(nodeLabel);
                writer.WriteLine(result.Outcome == Outcomes[i] ? "\"} 1" : "\"} 0");
            }
        }
    }

    private static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny("\\\"\n") < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => text.Append("\\\\"),
                '"' => text.Append("\\\""),
                '\n' => text.Append("\\n"),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private sealed class Writer(Stream output) : TextReportWriter(output)
    {
        private bool _started;

        protected override void WriteReport(CompatReport report, string node)
        {
            WriteHeader();
            PrometheusFormatter.WriteReport(report, node, Text);
        }

        protected override void WriteEnd(ClusterSummary? cluster) => WriteHeader();

        private void WriteHeader()
        {
            if (!_started)
            {
                Text.WriteLine($"# HELP {Metric} Outcome of a compatrules rule on a node: 1 for the rule's outcome, 0 for the others.");
                Text.WriteLine($"# TYPE {Metric} gauge");
                _started = true;
            }
        }
    }
}
