using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>The report schema of docs/report.md: one report object for a node; for a cluster, an object with the
/// findings by rule and the per-node reports.</summary>
internal sealed class JsonFormatter : IReportFormatter
{
    public void Write(ReportBatch batch, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (batch.Cluster is { } cluster)
            {
                WriteCluster(json, batch.Reports, cluster);
            }
            else if (batch.Reports.Count == 1)
            {
                ReportJson.Write(json, batch.Reports[0]);
            }
            else
            {
                json.WriteStartArray();
                foreach (var report in batch.Reports)
                {
                    ReportJson.Write(json, report);
                }

                json.WriteEndArray();
            }
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCluster(Utf8JsonWriter json, IReadOnlyList<CompatReport> reports, ClusterSummary cluster)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", ReportJson.SchemaVersion);
        json.WriteNumber("nodeCount", cluster.NodeCount);
        json.WriteStartArray("findings");
        foreach (var finding in cluster.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("severity", ReportJson.SeverityName(finding.Rule.Severity));
            json.WriteString("component", finding.Rule.Component);
            json.WriteString("title", finding.Rule.Title);
            WriteNodes(json, "affected", finding.AffectedNodes);
            WriteNodes(json, "unknown", finding.UnknownNodes);
            WriteNodes(json, "error", finding.ErrorNodes);
            json.WriteStartArray("missingFacts");
            foreach (var missing in finding.MissingFacts)
            {
                json.WriteStringValue(missing);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("reports");
        foreach (var report in reports)
        {
            ReportJson.Write(json, report);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNodes(Utf8JsonWriter json, string name, IReadOnlyList<string> nodes)
    {
        json.WriteStartObject(name);
        json.WriteNumber("count", nodes.Count);
        json.WriteStartArray("nodes");
        foreach (var node in nodes)
        {
            json.WriteStringValue(node);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
