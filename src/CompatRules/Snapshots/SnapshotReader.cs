using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;

namespace CompatRules.Snapshots;

/// <summary>Reads a snapshot document from UTF-8 bytes that are already within the size limit.</summary>
internal static class SnapshotReader
{
    public static SnapshotReadResult Read(ReadOnlyMemory<byte> utf8, string? sourceName, FactSnapshotOptions options)
    {
        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new SnapshotFormatException(sourceName, null, null, null, "the input is empty; expected a JSON object with schemaVersion and facts");
        }

        if (Utf8Validation.FirstInvalid(utf8.Span) is { } invalid)
        {
            throw new SnapshotFormatException(sourceName, "$", invalid.Line, invalid.Column, $"the text is not valid UTF-8 (byte 0x{utf8.Span[invalid.Offset]:X2} at offset {invalid.Offset})");
        }

        var positions = JsonPositionIndex.Build(utf8.Span, options.MaxDepth, sourceName);
        var session = new SnapshotReadSession(sourceName, positions, options);
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = options.MaxDepth + 1 });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw session.Error("$", $"expected a JSON object with schemaVersion and facts, found {JsonKinds.Describe(root.ValueKind)}");
        }

        CheckSchemaVersion(root, session);
        string? subject = null;
        List<Fact>? facts = null;
        foreach (var property in root.EnumerateObject())
        {
            var path = JsonPath.Property(JsonPath.Root, property.Name);
            switch (property.Name)
            {
                case "schemaVersion":
                    break;
                case "subject":
                    subject = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => null,
                        _ => throw session.Error(path, $"expected the subject (a node name) as a string, or null, found {JsonKinds.Describe(property.Value.ValueKind)}"),
                    };
                    break;
                case "facts":
                    facts = ReadFacts(property.Value, path, session);
                    break;
                default:
                    session.WarnUnknownProperties("$", [property.Name]);
                    break;
            }
        }

        if (facts is null)
        {
            throw session.Error("$", "missing required property 'facts'; expected an array of fact objects (it may be empty)");
        }

        return new SnapshotReadResult(FactSet.Create(subject, facts), session.Warnings);
    }

    private static void CheckSchemaVersion(JsonElement root, SnapshotReadSession session)
    {
        var supported = string.Join(", ", FactSnapshot.SupportedSchemaVersions);
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            throw session.Error("$", $"missing required property 'schemaVersion'; expected a schema version this reader supports ({supported})");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            throw session.Error("$.schemaVersion", $"expected a whole number schema version ({supported}), found {JsonKinds.Describe(version.ValueKind)} {version.GetRawText()}");
        }

        if (!FactSnapshot.SupportedSchemaVersions.Contains(number))
        {
            throw session.Error("$.schemaVersion", $"schema version {number} is not supported; this reader supports schema version {supported}");
        }
    }

    private static List<Fact> ReadFacts(JsonElement array, string path, SnapshotReadSession session)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw session.Error(path, $"expected an array of fact objects, found {JsonKinds.Describe(array.ValueKind)}");
        }

        var known = string.Join(", ", FactCodecs.Kinds);
        var facts = new List<Fact>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var factPath = JsonPath.Index(path, index++);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw session.Error(factPath, $"expected a fact object with a kind such as \"kernel\", found {JsonKinds.Describe(element.ValueKind)}");
            }

            if (!element.TryGetProperty("kind", out var kindElement))
            {
                throw session.Error(factPath, $"missing required property 'kind'; expected one of {known}");
            }

            if (kindElement.ValueKind != JsonValueKind.String)
            {
                throw session.Error(factPath + ".kind", $"expected the fact kind as a string, one of {known}, found {JsonKinds.Describe(kindElement.ValueKind)}");
            }

            var kind = kindElement.GetString()!;
            if (!FactCodecs.ByKind.TryGetValue(kind, out var codec))
            {
                session.Warn(SnapshotWarningKind.UnknownFactKind, factPath + ".kind", $"unknown fact kind '{kind}'; the fact was skipped (this reader knows {known})");
                continue;
            }

            facts.Add(codec.Read(element, session, factPath));
        }

        return facts;
    }

}
