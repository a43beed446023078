using System.Text;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>Prometheus text exposition for node-exporter's textfile collector: the gauge
/// <c>compatrules_rule_outcome</c>, one sample per rule and outcome, 1 for the rule's outcome and 0 for the others.</summary>
internal sealed class PrometheusFormatter : IReportFormatter
{
    public const string Metric = "compatrules_rule_outcome";

    public void Write(ReportBatch batch, TextWriter writer)
    {
        writer.WriteLine($"# HELP {Metric} Outcome of a compatrules rule on a node: 1 for the rule's outcome, 0 for the others.");
        writer.WriteLine($"# TYPE {Metric} gauge");
        foreach (var report in batch.Reports)
        {
            foreach (var result in report.Results)
            {
                foreach (var outcome in Enum.GetValues<Outcome>())
                {
                    writer.WriteLine($"{Metric}{{rule=\"{Escape(result.RuleId)}\",severity=\"{ReportJson.SeverityName(result.Severity)}\"," +
                        $"component=\"{Escape(result.Component ?? string.Empty)}\",outcome=\"{OutcomeLabels.Kebab(outcome)}\"," +
                        $"node=\"{Escape(report.Subject ?? string.Empty)}\"}} {(result.Outcome == outcome ? 1 : 0)}");
                }
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
}
