using System.Text.Json;
using System.Text.Json.Nodes;
using CompatRules.Tests.Support;
using Json.Schema;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>The vendored SARIF 2.1.0 schema, evaluated through <see cref="JsonSchemaAssert"/>; errors read
/// "instance location: keyword: message".</summary>
internal sealed class SarifSchema(JsonSchema schema)
{
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

    public IReadOnlyList<string> Validate(JsonElement document) => JsonSchemaAssert.Errors(schema, document);
}
