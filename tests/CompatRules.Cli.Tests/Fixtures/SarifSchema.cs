using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>The vendored SARIF 2.1.0 schema, evaluated with JsonSchema.Net; errors read "instance location: keyword: message".</summary>
internal sealed class SarifSchema(JsonSchema schema)
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Loads the vendored schema. The published 2.1.0 text has one known defect: <c>region</c>'s <c>anyOf</c>
    /// (at least one of startLine, charOffset, byteOffset) sits inside its <c>properties</c>, where it would declare a
    /// property named "anyOf" with an array for a schema; JsonSchema.Net rejects that, so it is moved up to
    /// <c>region</c>, where the specification (§3.30.2) means it. The file itself stays as published.</summary>
    public static SarifSchema Load(string path)
    {
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var region = document["definitions"]!["region"]!.AsObject();
        var properties = region["properties"]!.AsObject();
        if (properties["anyOf"] is JsonArray anyOf)
        {
            properties.Remove("anyOf");
            region["anyOf"] = anyOf;
        }

        return new(JsonSchema.FromText(document.ToJsonString()));
    }

    public IReadOnlyList<string> Validate(JsonElement document)
    {
        var results = schema.Evaluate(JsonNode.Parse(document.GetRawText()), Options);
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid (no detail)")];
    }
}
