using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>SARIF 2.1.0: one run, every rule in the tool's driver, one result per Affected rule and node.</summary>
internal sealed class SarifFormatter : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(ReportBatch batch, TextWriter writer)
    {
        var rules = batch.Reports.SelectMany(r => r.Results).Select(r => r.Rule)
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "compatrules");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            for (var i = 0; i < batch.Reports.Count; i++)
            {
                var node = ClusterSummary.NodeName(batch.Reports[i], i);
                foreach (var result in batch.Reports[i].Affected)
                {
                    WriteResult(json, result, rules.FindIndex(r => r.Id == result.RuleId), batch.Reports[i].Subject is null ? null : node);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter json, RuleMetadata rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", string.IsNullOrEmpty(rule.Description) ? rule.Title : rule.Description);
        json.WriteEndObject();
        if (rule.References.Length > 0)
        {
            json.WriteString("helpUri", rule.References[0].AbsoluteUri);
        }

        if (rule.Remediation.Length > 0)
        {
            json.WriteStartObject("help");
            json.WriteString("text", string.Join(" Otherwise: ", rule.Remediation));
            json.WriteEndObject();
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("severity", ReportJson.SeverityName(rule.Severity));
        if (rule.Component is not null)
        {
            json.WriteString("component", rule.Component);
        }

        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, RuleResult result, int ruleIndex, string? node)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(result.Severity));
        json.WriteStartObject("message");
        var evidence = result.Evidence.Length == 0 ? string.Empty : $" Evidence: {string.Join("; ", result.Evidence.Select(e => e.Description))}.";
        json.WriteString("text", $"{(node is null ? string.Empty : node + ": ")}{result.Title}.{evidence}");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("node", node);
        json.WriteString("severity", ReportJson.SeverityName(result.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
