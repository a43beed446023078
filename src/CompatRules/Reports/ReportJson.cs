using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CompatRules.Reports;

/// <summary>Writes a <see cref="CompatReport"/> as JSON in the documented report schema (docs/report.md).</summary>
/// <remarks>The output is deterministic: results in rule id order, properties in a fixed order, no timestamps.</remarks>
public static class ReportJson
{
    /// <summary>The version of the report schema written; raised when a field changes meaning or is removed.</summary>
    public const int SchemaVersion = 1;

    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private static readonly JsonWriterOptions IndentedOptions = new() { Indented = true, Encoder = Encoder };
    private static readonly JsonEncodedText[] OutcomeNames = [.. Enum.GetValues<Outcome>().Select(o => JsonEncodedText.Encode(OutcomeName(o), Encoder))];

    /// <summary>Serializes <paramref name="report"/> to an indented JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public static string Serialize(CompatReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, IndentedOptions))
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes <paramref name="report"/> as one JSON object to <paramref name="writer"/>, so that callers can
    /// embed it in a larger document.</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, CompatReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteString("subject", report.Subject);
        writer.WriteStartObject("summary");
        writer.WriteNumber("total", report.Results.Length);
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            writer.WriteNumber(OutcomeName(outcome), report.Count(outcome));
        }

        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            WriteResult(writer, result);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The name an outcome has in the JSON, such as <c>notAffected</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The camel-case name.</returns>
    public static string OutcomeName(Outcome outcome)
    {
        var name = outcome.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>The name a severity has in the JSON, such as <c>high</c>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The lower-case name.</returns>
    public static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static void WriteResult(Utf8JsonWriter writer, RuleResult result)
    {
        var rule = RuleJsonText.Of(result.Rule, writer.Options.Encoder);
        writer.WriteStartObject();
        writer.WriteString("ruleId"u8, rule.Id);
        writer.WriteString("outcome"u8, OutcomeNames[(int)result.Outcome]);
        writer.WriteString("severity"u8, rule.Severity);
        if (rule.Component is { } component)
        {
            writer.WriteString("component"u8, component);
        }
        else
        {
            writer.WriteNull("component"u8);
        }

        writer.WriteString("title"u8, rule.Title);
        writer.WriteString("symptom"u8, rule.Symptom);
        writer.WriteStartArray("evidence"u8);
        foreach (var evidence in result.Evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("key"u8, evidence.Key);
            writer.WriteString("description"u8, evidence.Description);
            writer.WriteString("provenance"u8, evidence.Provenance.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "missingFacts", result.MissingFacts);
        WriteStrings(writer, "notes", result.Notes);
        WriteEncoded(writer, "remediation"u8, rule.Remediation);
        WriteEncoded(writer, "references"u8, rule.References);
        WriteEncoded(writer, "fixedIn"u8, rule.FixedIn);
        writer.WriteString("error"u8, result.Error);
        writer.WriteEndObject();
    }

    private static void WriteEncoded(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ImmutableArray<JsonEncodedText> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
