using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>Parses the inventory bytes, turning every JSON error into an <see cref="InventoryFormatException"/> with
/// the path and line where the document stops making sense.</summary>
internal static class InventoryDocument
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string? sourceName, int maxDepth)
    {
        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InventoryFormatException(sourceName, JsonPathText.Root, 1, "the input is empty", "a JSON object with kind List or Node");
        }

        if (Snapshots.Utf8Position.FirstInvalid(utf8.Span) is { } invalid)
        {
            throw new InventoryFormatException(sourceName, JsonPathText.Root, invalid.Line, $"byte 0x{utf8.Span[invalid.Offset]:X2} at offset {invalid.Offset} (column {invalid.Column}) is not valid UTF-8", "UTF-8 JSON text");
        }

        if (JsonEscapeChecker.FindLoneSurrogate(utf8.Span, maxDepth) is { } line)
        {
            throw new InventoryFormatException(sourceName, JsonPathText.Root, line, "a string escapes half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its partner)", "UTF-8 JSON text");
        }

        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException exception)
        {
            if (JsonDuplicateFinder.Find(utf8.Span, maxDepth) is { } duplicate)
            {
                throw new InventoryFormatException(sourceName, duplicate.Path, duplicate.Line, $"the property '{duplicate.Name}' appears twice in one object", "each property at most once per object", exception);
            }

            throw Describe(utf8, sourceName, maxDepth, exception);
        }
    }

    private static InventoryFormatException Describe(ReadOnlyMemory<byte> utf8, string? sourceName, int maxDepth, JsonException parseError)
    {
        var (path, depth, error) = FindError(utf8.Span, maxDepth);
        var exception = error ?? parseError;
        var line = exception.LineNumber is { } zeroBased ? zeroBased + 1 : (long?)null;
        if (depth >= maxDepth && exception.Message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return new InventoryFormatException(sourceName, path, line, $"the JSON nests deeper than {maxDepth} levels", $"at most {maxDepth} levels of nesting (InventoryOptions.MaxDepth)", parseError);
        }

        if (exception.Message.Contains("after a single JSON value", StringComparison.OrdinalIgnoreCase))
        {
            return new InventoryFormatException(sourceName, JsonPathText.Root, line, "there is more data after the end of the JSON document", "one JSON document (the List kubectl prints)", parseError);
        }

        var truncated = exception.Message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || exception.Message.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase);
        return new InventoryFormatException(
            sourceName,
            path,
            line,
            truncated ? "the document ends before its objects and arrays are closed (truncated?)" : $"not valid JSON ({WithoutPosition(exception.Message)})",
            "a complete JSON document",
            parseError);
    }

    /// <summary>Re-reads the document token by token, tracking the path, until the reader fails.</summary>
    private static (string Path, int Depth, JsonException? Error) FindError(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var path = new List<string> { JsonPathText.Root };
        var arrayIndex = new Stack<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        path.Add(Child(path[^1], ref pendingProperty, arrayIndex));
                        arrayIndex.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        arrayIndex.Pop();
                        Advance(arrayIndex);
                        break;
                    default:
                        pendingProperty = null;
                        Advance(arrayIndex);
                        break;
                }
            }

            return (path[^1], path.Count - 1, null);
        }
        catch (JsonException error)
        {
            var where = path.Count > 1 ? path[^1] : JsonPathText.Root;
            if (pendingProperty is not null)
            {
                where = JsonPathText.Property(where, pendingProperty);
            }
            else if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
            {
                where = JsonPathText.Index(where, arrayIndex.Peek());
            }

            return (where, path.Count - 1, error);
        }
    }

    private static string Child(string parent, ref string? pendingProperty, Stack<int> arrayIndex)
    {
        if (pendingProperty is not null)
        {
            var child = JsonPathText.Property(parent, pendingProperty);
            pendingProperty = null;
            return child;
        }

        return arrayIndex.Count > 0 && arrayIndex.Peek() >= 0 ? JsonPathText.Index(parent, arrayIndex.Peek()) : parent;
    }

    private static void Advance(Stack<int> arrayIndex)
    {
        if (arrayIndex.Count > 0 && arrayIndex.Peek() >= 0)
        {
            arrayIndex.Push(arrayIndex.Pop() + 1);
        }
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
    }
}
