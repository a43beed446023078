using System.Text.Json;

namespace CompatRules.Json;

/// <summary>Finds the line of a JSON path in the raw document, for warnings and errors only (it is never on the
/// path of a clean read).</summary>
/// <remarks>Lines come from <see cref="Utf8Lines"/> and the byte offsets of a List's <c>items[]</c> are found in one
/// pass, so many warnings cost one scan of the document, not one scan each.</remarks>
internal sealed class JsonLineLocator
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly int _maxDepth;
    private readonly Utf8Lines _lines;
    private List<int>? _itemOffsets;

    public JsonLineLocator(ReadOnlyMemory<byte> utf8, int maxDepth)
    {
        _utf8 = utf8;
        _maxDepth = maxDepth;
        _lines = new Utf8Lines(utf8);
    }

    /// <summary>The line of the value at <paramref name="jsonPath"/>, or of its nearest existing ancestor; null when
    /// even the root cannot be read.</summary>
    public long? LineOf(string jsonPath)
    {
        try
        {
            var segments = JsonPath.Split(jsonPath);
            var start = 0;
            var first = 0;
            if (segments.Count >= 2 && segments[0] is { Name: "items" } && segments[1].Index is { } itemIndex)
            {
                _itemOffsets ??= FindItemOffsets();
                if (itemIndex < _itemOffsets.Count)
                {
                    start = _itemOffsets[itemIndex];
                    first = 2;
                }
            }

            return _lines.LineAt(Navigate(start, segments, first));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private int Navigate(int start, IReadOnlyList<JsonPathSegment> segments, int first)
    {
        var reader = new Utf8JsonReader(_utf8.Span[start..], new JsonReaderOptions { MaxDepth = _maxDepth, AllowTrailingCommas = false });
        if (!reader.Read())
        {
            return start;
        }

        var found = start + (int)reader.TokenStartIndex;
        for (var i = first; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (!TryEnter(ref reader, segment))
            {
                return found;
            }

            found = start + (int)reader.TokenStartIndex;
        }

        return found;
    }

    private static bool TryEnter(ref Utf8JsonReader reader, JsonPathSegment segment)
    {
        if (segment.Index is { } index)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                return false;
            }

            for (var position = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; position++)
            {
                if (position == index)
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var matches = reader.ValueTextEquals(segment.Name);
            reader.Read();
            if (matches)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private List<int> FindItemOffsets()
    {
        var offsets = new List<int>();
        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = _maxDepth });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return offsets;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals("items"u8);
            reader.Read();
            if (isItems && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    offsets.Add((int)reader.TokenStartIndex);
                    reader.Skip();
                }

                return offsets;
            }

            reader.Skip();
        }

        return offsets;
    }
}
