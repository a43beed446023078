using System.Text.Json;
using CompatRules.Snapshots;

namespace CompatRules.Tests.Snapshots;

/// <summary>Keeps docs/facts-snapshot.schema.json in step with the serializer.</summary>
public sealed class FactSnapshotSchemaTest
{
    private static readonly JsonElement Schema = LoadSchema();

    [Fact]
    public void Schema_FactItems_ListEveryKindTheSerializerKnows()
    {
        var kinds = Schema.GetProperty("properties").GetProperty("facts").GetProperty("items").GetProperty("oneOf")
            .EnumerateArray()
            .Select(item => item.GetProperty("$ref").GetString()!)
            .Select(reference => Schema.GetProperty("$defs").GetProperty(reference["#/$defs/".Length..]))
            .Select(definition => definition.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString())
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(FactSnapshot.FactKinds.Order(StringComparer.Ordinal).ToArray(), kinds);
    }

    [Fact]
    public void Schema_EachKind_DeclaresEveryPropertyTheSerializerWrites()
    {
        using var written = JsonDocument.Parse(FactSnapshot.Serialize(SnapshotSamples.EveryKind()));

        foreach (var fact in written.RootElement.GetProperty("facts").EnumerateArray())
        {
            var kind = fact.GetProperty("kind").GetString()!;
            var declared = Schema.GetProperty("$defs").GetProperty(kind).GetProperty("properties");
            foreach (var property in fact.EnumerateObject())
            {
                Assert.True(declared.TryGetProperty(property.Name, out _), $"The schema's '{kind}' does not declare '{property.Name}'.");
            }
        }
    }

    [Fact]
    public void Serialize_EveryKind_ValidatesAgainstTheSchema()
        => Support.JsonSchemaAssert.Valid(Support.JsonSchemaAssert.Load("Snapshots/facts-snapshot.schema.json"), FactSnapshot.Serialize(SnapshotSamples.EveryKind()));

    [Fact]
    public async Task Serialize_WhatTheDefaultCollectorsReadOnThisMachine_ValidatesAgainstTheSchema()
    {
        var options = new CompatRules.Collectors.CollectorOptions();
        var collected = await CompatRules.Collectors.FactCollection.CollectAsync(CompatRules.Collectors.DefaultCollectors.Create(options), options, CancellationToken.None);

        Support.JsonSchemaAssert.Valid(Support.JsonSchemaAssert.Load("Snapshots/facts-snapshot.schema.json"), FactSnapshot.Serialize(collected.Facts));
    }

    [Theory]
    [InlineData("schemaVersion", "99")]
    [InlineData("facts", "[{\"kind\":\"no-such-kind\"}]")]
    public void Schema_SnapshotBrokenOnPurpose_IsRejected(string property, string value)
    {
        var snapshot = System.Text.Json.Nodes.JsonNode.Parse(FactSnapshot.Serialize(SnapshotSamples.EveryKind()))!;
        snapshot[property] = System.Text.Json.Nodes.JsonNode.Parse(value);

        Assert.NotEmpty(Support.JsonSchemaAssert.Errors(Support.JsonSchemaAssert.Load("Snapshots/facts-snapshot.schema.json"), snapshot.ToJsonString()));
    }

    [Fact]
    public void Schema_Version_IsTheOneTheSerializerWrites()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.Equal(FactSnapshot.SchemaVersion, Schema.GetProperty("properties").GetProperty("schemaVersion").GetProperty("const").GetInt32());
    }

    private static JsonElement LoadSchema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Snapshots", "facts-snapshot.schema.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
