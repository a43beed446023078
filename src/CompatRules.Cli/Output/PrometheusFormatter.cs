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

    private static void WriteReport(CompatReport report, string node, TextWriter writer)
    {
        foreach (var result in report.Results)
        {
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                writer.WriteLine($"{Metric}{{rule=\"{Escape(result.RuleId)}\",severity=\"{ReportJson.SeverityName(result.Severity)}\"," +
                    $"component=\"{Escape(result.Component ?? string.Empty)}\",outcome=\"{OutcomeLabels.Kebab(outcome)}\"," +
                    $"node=\"{Escape(node)}\"}} {(result.Outcome == outcome ? 1 : 0)}");
            }
        }
    }

    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                _ => c.ToString(),
            });
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
