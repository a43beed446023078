using System.Text.Json;
using CompatRules.Json;

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

            var parent = JsonPath.Parent(current);
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
        var tracker = new JsonPathTracker();
        var cursor = default(Utf8LineCursor);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth + 1, CommentHandling = JsonCommentHandling.Disallow });
        (long Line, long Column) position = (1, 1);
        try
        {
            while (reader.Read())
            {
                position = cursor.MoveTo(utf8, (int)reader.TokenStartIndex);
                var depth = tracker.Depth;
                tracker.Observe(ref reader);
                if (tracker.IsRepeatedName)
                {
                    throw new SnapshotFormatException(sourceName, tracker.Path, position.Line, position.Column, $"the property '{tracker.PropertyName}' appears twice in one object");
                }

                if (tracker.Depth > maxDepth)
                {
                    throw new SnapshotFormatException(
                        sourceName, tracker.Path, position.Line, position.Column, $"the document nests objects and arrays deeper than the limit of {maxDepth} levels");
                }

                if (JsonEscapes.IsLoneSurrogate(ref reader))
                {
                    throw LoneSurrogate(sourceName, tracker.Path, position, null);
                }

                if (reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
                {
                    index.Record(tracker.Path, position, depth);
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
            throw new SnapshotFormatException(sourceName, tracker.Path, error.LineNumber + 1, error.BytePositionInLine + 1, problem, error);
        }
        catch (InvalidOperationException error)
        {
            // A property name that escapes a lone surrogate: the tracker reads every name.
            throw LoneSurrogate(sourceName, tracker.Path, position, error);
        }

        return index;
    }

    private static SnapshotFormatException LoneSurrogate(string? sourceName, string path, (long Line, long Column) position, Exception? error)
        => new(sourceName, path, position.Line, position.Column, "the string escapes half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its partner)", error);

    private void Record(string path, (long Line, long Column) position, int depth)
    {
        if (depth <= IndexedDepth)
        {
            _positions[path] = position;
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
}
