using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CompatRules.Reports;

/// <summary>What a rule puts into every one of its results in the report JSON (id, severity, texts, remediation,
/// references, fixed-in versions), encoded once per rule: a cluster report repeats it for every node.</summary>
/// <remarks>Encoded with the writer's own encoder, so the bytes are those the writer would make from the strings.</remarks>
internal sealed class RuleJsonText
{
    private static readonly ConditionalWeakTable<RuleMetadata, RuleJsonText> Cache = [];

    private RuleJsonText(RuleMetadata rule, JavaScriptEncoder? encoder)
    {
        Encoder = encoder;
        Id = JsonEncodedText.Encode(rule.Id, encoder);
        Severity = JsonEncodedText.Encode(ReportJson.SeverityName(rule.Severity), encoder);
        Component = rule.Component is { } component ? JsonEncodedText.Encode(component, encoder) : null;
        Title = JsonEncodedText.Encode(rule.Title, encoder);
        Symptom = JsonEncodedText.Encode(rule.Symptom, encoder);
        Remediation = [.. rule.Remediation.Select(r => JsonEncodedText.Encode(r, encoder))];
        References = [.. rule.References.Select(r => JsonEncodedText.Encode(r.OriginalString, encoder))];
        FixedIn = [.. rule.FixedIn.Select(f => JsonEncodedText.Encode(f.ToString(), encoder))];
    }

    /// <summary>The encoder the texts were encoded with (null: the writer's default).</summary>
    public JavaScriptEncoder? Encoder { get; }

    public JsonEncodedText Id { get; }

    public JsonEncodedText Severity { get; }

    /// <summary>Null when the rule names no component (written as JSON null).</summary>
    public JsonEncodedText? Component { get; }

    public JsonEncodedText Title { get; }

    public JsonEncodedText Symptom { get; }

    public ImmutableArray<JsonEncodedText> Remediation { get; }

    public ImmutableArray<JsonEncodedText> References { get; }

    public ImmutableArray<JsonEncodedText> FixedIn { get; }

    /// <summary>The texts of <paramref name="rule"/> encoded with <paramref name="encoder"/> (a writer's
    /// <see cref="JsonWriterOptions.Encoder"/>): made on first use and kept for the report writer's encoder, made anew
    /// for another.</summary>
    public static RuleJsonText Of(RuleMetadata rule, JavaScriptEncoder? encoder)
    {
        var cached = Cache.GetValue(rule, r => new RuleJsonText(r, ReportJson.Encoder));
        return cached.Encoder == encoder ? cached : new RuleJsonText(rule, encoder);
    }
}
