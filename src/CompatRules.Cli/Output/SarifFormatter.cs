using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;
using CompatRules.Text;

namespace CompatRules.Cli.Output;

/// <summary>SARIF 2.1.0: one run, every rule in the tool's driver (with its version and information URI), one result
/// per Affected rule and node, located in the input file and at the node (a logical location), as GitHub code
/// scanning requires.</summary>
/// <param name="inputFile">The snapshot or inventory the results come from, as given on the command line; null for
/// this machine or standard input (the results then carry the node's logical location only).</param>
internal sealed class SarifFormatter(string? inputFile) : StreamingFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where a reader of the SARIF log learns about the tool.</summary>
    public const string InformationUri = "https://github.com/compatrules/compatrules";

    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(this, output, rules);

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
        json.WriteString("text", $"{InputEcho.Cut(node)}: {result.Title}.{evidence}");
        json.WriteEndObject();
        WriteLocations(json, node);
        json.WriteStartObject("properties");
        json.WriteString("node", node);
        json.WriteString("severity", ReportJson.SeverityName(result.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The log up to <c>results</c> at the start (every rule is known then), one result per Affected rule as
    /// each node comes, the closing brackets at the end.</summary>
    private sealed class Writer : ReportWriter
    {
        private readonly SarifFormatter _format;
        private readonly Stream _output;
        private readonly Utf8JsonWriter _json;
        private readonly Dictionary<string, int> _ruleIndex;

        public Writer(SarifFormatter format, Stream output, IReadOnlyList<RuleMetadata> rules)
        {
            _format = format;
            _output = output;
            var sorted = rules.DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            _ruleIndex = sorted.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _json.WriteStartObject();
            _json.WriteString("$schema", SchemaUri);
            _json.WriteString("version", "2.1.0");
            _json.WriteStartArray("runs");
            _json.WriteStartObject();
            _json.WriteStartObject("tool");
            _json.WriteStartObject("driver");
            _json.WriteString("name", "compatrules");
            _json.WriteString("version", ToolVersion.Text);
            _json.WriteString("informationUri", InformationUri);
            _json.WriteStartArray("rules");
            foreach (var rule in sorted)
            {
                WriteRule(_json, rule);
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndObject();
            _json.WriteStartArray("results");
        }

        public override void Add(CompatReport report, string node)
        {
            foreach (var result in report.Affected)
            {
                _format.WriteResult(_json, result, _ruleIndex.GetValueOrDefault(result.RuleId, -1), node);
            }

            _json.Flush();
        }

        public override void End(ClusterSummary? cluster)
        {
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.WriteEndArray();
            _json.WriteEndObject();
            _json.Flush();
            _output.Write("\n"u8);
            _json.Dispose();
        }
    }
}
