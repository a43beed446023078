using System.Text.Json.Nodes;
using Json.Schema;

namespace CompatRules.Tests.Support;

/// <summary>Validates JSON against a schema with JsonSchema.Net (draft 2020-12, formats checked), and fails with every
/// error and where it is. Shared with CompatRules.Cli.Tests (linked), which validates SARIF with it.</summary>
internal static class JsonSchemaAssert
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static JsonSchema Load(string relativePath) => JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)));

    /// <summary>The schema's errors for a parsed document; see <see cref="Errors(JsonSchema, string)"/>.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, System.Text.Json.JsonElement document) => Errors(schema, document.GetRawText());

    /// <summary>The schema's errors for <paramref name="json"/>, each as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        var results = schema.Evaluate(JsonNode.Parse(json), Options);
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no detail)")];
    }

    public static void Valid(JsonSchema schema, string json)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Count == 0, "Schema errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }
}
