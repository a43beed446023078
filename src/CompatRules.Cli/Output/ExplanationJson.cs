using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary><c>explain --format json</c>: the library's <see cref="Explanation"/> as one JSON object, the result
/// with its missing facts, evidence and notes, then every pattern with its conditions; a pattern that matching never
/// reached has <c>"state": "not-reached"</c>.</summary>
internal static class ExplanationJson
{
    public static void Write(Stream output, string? subject, Explanation explanation)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var result = explanation.Result;
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", ReportJson.SchemaVersion);
        json.WriteString("subject", subject);
        json.WriteString("ruleId", result.RuleId);
        json.WriteString("outcome", ReportJson.OutcomeName(result.Outcome));
        WriteStrings(json, "missingFacts", result.MissingFacts);
        json.WriteStartArray("evidence");
        foreach (var evidence in result.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("key", evidence.Key);
            json.WriteString("description", evidence.Description);
            json.WriteString("provenance", evidence.Provenance.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "notes", result.Notes);
        json.WriteStartArray("patterns");
        foreach (var pattern in explanation.Patterns)
        {
            json.WriteStartObject();
            json.WriteString("name", pattern.Name);
            json.WriteString("factType", pattern.FactType);
            json.WriteNumber("candidates", pattern.Candidates);
            json.WriteBoolean("reached", pattern.Reached);
            json.WriteBoolean("held", pattern.Held);
            json.WriteString("state", State(pattern));
            json.WriteStartArray("conditions");
            foreach (var condition in pattern.Conditions)
            {
                json.WriteStartObject();
                json.WriteString("text", condition.Text);
                json.WriteNumber("tested", condition.Tested);
                json.WriteNumber("passed", condition.Passed);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary><c>held</c>, <c>failed</c> or <c>not-reached</c>.</summary>
    public static string State(PatternExplanation pattern) => !pattern.Reached ? "not-reached" : pattern.Held ? "held" : "failed";

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
