using System.Text.Encodings.Web;
using System.Text.Json;
using CompatRules.Facts;

namespace CompatRules.Snapshots;

/// <summary>Writes a fact set as a snapshot document: indented by two spaces, <c>\n</c> line ends, facts in set
/// order and map keys in ordinal order, so that the same facts always give the same bytes.</summary>
internal static class SnapshotWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Versions such as v1.31.4+rke2r1 stay readable; a snapshot is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(FactSet facts, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(stream);
        var codecs = facts.Select(CodecFor).ToArray();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", FactSnapshot.SchemaVersion);
            if (facts.Subject is not null)
            {
                writer.WriteString("subject", facts.Subject);
            }

            writer.WriteStartArray("facts");
            for (var i = 0; i < facts.Count; i++)
            {
                codecs[i].Write(writer, facts[i]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.Write("\n"u8);
    }

    private static FactCodec CodecFor(Fact fact)
        => FactCodecs.ByFactType.TryGetValue(fact.GetType(), out var codec)
            ? codec
            : throw new NotSupportedException($"The fact type {fact.GetType().FullName} (key '{fact.Key}') has no snapshot kind; only the built-in fact types can be saved.");
}
