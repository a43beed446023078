using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>The report schema of docs/report.md: one report object for a node; for a cluster, an object with the
/// findings by rule and the per-node reports.</summary>
internal sealed class JsonFormatter : StreamingFormatter
{
    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(output, cluster);

    private static void WriteFindings(Utf8JsonWriter json, ClusterSummary cluster)
    {
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

    /// <summary>One report: the report object. Several: an array. A cluster: <c>schemaVersion</c>, the
    /// <c>reports</c> as they come, then <c>nodeCount</c> and <c>findings</c> (known only after the last node).</summary>
    private sealed class Writer : ReportWriter
    {
        private readonly Stream _output;
        private readonly bool _cluster;
        private readonly Utf8JsonWriter _json;
        private CompatReport? _first;
        private int _count;

        public Writer(Stream output, bool cluster)
        {
            _output = output;
            _cluster = cluster;
            _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            if (cluster)
            {
                _json.WriteStartObject();
                _json.WriteNumber("schemaVersion", ReportJson.SchemaVersion);
                _json.WriteStartArray("reports");
            }
        }

        public override void Add(CompatReport report, string node)
        {
            // A single report is written bare; whether a second follows is known only when it comes.
            if (!_cluster && _count++ == 0)
            {
                _first = report;
                return;
            }

            if (_first is not null)
            {
                _json.WriteStartArray();
                ReportJson.Write(_json, _first);
                _first = null;
            }

            ReportJson.Write(_json, report);
            _json.Flush();
        }

        public override void End(ClusterSummary? cluster)
        {
            if (_cluster)
            {
                _json.WriteEndArray();
                if (cluster is not null)
                {
                    WriteFindings(_json, cluster);
                }

                _json.WriteEndObject();
            }
            else if (_first is not null)
            {
                ReportJson.Write(_json, _first);
            }
            else if (_count > 1)
            {
                _json.WriteEndArray();
            }
            else
            {
                _json.WriteStartArray();
                _json.WriteEndArray();
            }

            _json.Flush();
            _output.Write("\n"u8);
            _json.Dispose();
        }
    }
}
