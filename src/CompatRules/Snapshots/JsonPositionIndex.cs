using System.Text;
using System.Text.Json;

namespace CompatRules.Snapshots;

/// <summary>
/// The line and column of every value down to the fact's own maps, keyed by JSON path, found in one forward pass
/// that also rejects what is not JSON, nests too deep or repeats a property.
/// </summary>
/// <remarks>The serializer reports paths but not positions relative to the whole document once it works on one fact,
/// and a value that parses as JSON but not as a kernel release has no position at all; this index supplies them.</remarks>
internal sealed class JsonPositionIndex
{
    // Root object (1), facts array (2), fact object (3), a fact's map or list (4): deeper values fall back to level 4.
    private const int IndexedDepth = 4;

    private readonly Dictionary<string, (long Line, long Column)> _positions = new(StringComparer.Ordinal);

    private JsonPositionIndex()
    {
    }

    /// <summary>The 1-based line and column of the value at <paramref name="path"/> or, when it was not indexed, of the nearest enclosing value.</summary>
    public (long Line, long Column)? Find(string path)
    {
        var current = path;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            var parent = JsonPaths.Parent(current);
            if (parent is null)
            {
                return null;
            }

            current = parent;
        }
    }

    /// <summary>Indexes <paramref name="utf8"/>, throwing <see cref="SnapshotFormatException"/> when it is not JSON, nests deeper than
    /// <paramref name="maxDepth"/> or repeats a property name in one object.</summary>
    public static JsonPositionIndex Build(ReadOnlySpan<byte> utf8, int maxDepth, string? sourceName)
    {
        var index = new JsonPositionIndex();
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        long line = 1;
        var lineStart = 0;
        var scanned = 0;
        var path = "$";
        (long Line, long Column) position = (1, 1);
        try
        {
            while (reader.Read())
            {
                var offset = (int)reader.TokenStartIndex;
                for (; scanned < offset; scanned++)
                {
                    if (utf8[scanned] == (byte)'\n')
                    {
                        line++;
                        lineStart = scanned + 1;
                    }
                }

                long column = offset - lineStart + 1;
                position = (line, column);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = frames[^1];
                        var name = reader.GetString()!;
                        path = frame.Path + JsonPaths.Property(name);
                        if (!frame.Names.Add(name))
                        {
                            throw new SnapshotFormatException(sourceName, path, line, column, $"the property '{name}' appears twice in one object");
                        }

                        frame.PendingProperty = name;
                        index.Record(path, position, frames.Count);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path = ValuePath(frames);
                        if (frames.Count + 1 > maxDepth)
                        {
                            throw new SnapshotFormatException(
                                sourceName, path, line, column, $"the document nests objects and arrays deeper than the limit of {maxDepth} levels");
                        }

                        index.Record(path, position, frames.Count);
                        frames.Add(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        CompleteValue(frames);
                        break;
                    default:
                        path = ValuePath(frames);
                        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
                        {
                            _ = reader.GetString(); // throws on an escaped lone surrogate, which GetString later would too
                        }

                        index.Record(path, position, frames.Count);
                        CompleteValue(frames);
                        break;
                }
            }
        }
        catch (JsonException error)
        {
            if (error.Message.Contains("after a single JSON value", StringComparison.OrdinalIgnoreCase))
            {
                throw new SnapshotFormatException(sourceName, "$", error.LineNumber + 1, error.BytePositionInLine + 1, "there is more data after the end of the snapshot's JSON object", error);
            }

            var truncated = IsAtEnd(utf8, error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            var detail = FirstSentences(error.Message);
            var problem = truncated
                ? $"the document ends before it is complete (truncated?): {detail}"
                : $"the text is not valid JSON: {detail}";
            throw new SnapshotFormatException(sourceName, path, error.LineNumber + 1, error.BytePositionInLine + 1, problem, error);
        }
        catch (InvalidOperationException error)
        {
            throw new SnapshotFormatException(
                sourceName, path, position.Line, position.Column, "the string escapes half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its partner)", error);
        }

        return index;
    }

    private void Record(string path, (long Line, long Column) position, int depth)
    {
        if (depth <= IndexedDepth)
        {
            _positions[path] = position;
        }
    }

    private static string ValuePath(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames[^1];
        return parent.IsArray ? $"{parent.Path}[{parent.Count}]" : parent.Path + JsonPaths.Property(parent.PendingProperty!);
    }

    private static void CompleteValue(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Count++;
        }
    }

    private static bool IsAtEnd(ReadOnlySpan<byte> utf8, long zeroBasedLine, long bytePositionInLine)
    {
        var content = utf8.TrimEnd(" \t\r\n"u8);
        var lastLine = content.Count((byte)'\n');
        var lastLineLength = content.Length - (content.LastIndexOf((byte)'\n') + 1);
        return zeroBasedLine > lastLine || (zeroBasedLine == lastLine && bytePositionInLine >= lastLineLength);
    }

    private static string FirstSentences(string message)
    {
        // The reader appends "LineNumber: n | BytePositionInLine: m."; the place is already in our message.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Count { get; set; }

        public string? PendingProperty { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
