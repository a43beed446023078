using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>SARIF 2.1.0: one run, every rule in the tool's driver (with its version and information URI), one result
/// per Affected rule and node, located in the input file and at the node (a logical location), as GitHub code
/// scanning requires.</summary>
/// <param name="inputFile">The snapshot or inventory the results come from, as given on the command line; null for
/// this machine or standard input (the results then carry the node's logical location only).</param>
internal sealed class SarifFormatter(string? inputFile) : IReportFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where a reader of the SARIF log learns about the tool.</summary>
    public const string InformationUri = "https://github.com/compatrules/compatrules";

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
            json.WriteString("version", ToolVersion.Text);
            json.WriteString("informationUri", InformationUri);
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
                    WriteResult(json, result, rules.FindIndex(r => r.Id == result.RuleId), node);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The input file as a SARIF artifact URI: relative paths stay relative (with <c>/</c> separators),
    /// absolute ones become <c>file:</c> URIs.</summary>
    public static string ArtifactUri(string path)
        => Path.IsPathRooted(path)
            ? new Uri(Path.GetFullPath(path)).AbsoluteUri
            : string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private void WriteLocations(Utf8JsonWriter json, string node)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (inputFile is not null)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(inputFile));
            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", 1);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", node);
        json.WriteString("kind", "resource");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

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

        json.WriteStartObject("help");
        json.WriteString("text", rule.Remediation.Length > 0 ? string.Join(" Otherwise: ", rule.Remediation) : $"See 'compatrules rules show {rule.Id}'.");
        json.WriteEndObject();

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

    private void WriteResult(Utf8JsonWriter json, RuleResult result, int ruleIndex, string node)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", result.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(result.Severity));
        json.WriteStartObject("message");
        var evidence = result.Evidence.Length == 0 ? string.Empty : $" Evidence: {string.Join("; ", result.Evidence.Select(e => e.Description))}.";
        json.WriteString("text", $"{node}: {result.Title}.{evidence}");
        json.WriteEndObject();
        WriteLocations(json, node);
        json.WriteStartObject("properties");
        json.WriteString("node", node);
        json.WriteString("severity", ReportJson.SeverityName(result.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
