using System.Text.Json;
using CompatRules.Json;

namespace CompatRules.Inventory;

/// <summary>Parses the inventory bytes, turning every JSON error into an <see cref="InventoryFormatException"/> with
/// the path and line where the document stops making sense.</summary>
internal static class InventoryDocument
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string? sourceName, int maxDepth)
    {
        if (utf8.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InventoryFormatException(sourceName, JsonPath.Root, 1, "the input is empty", "a JSON object with kind List or Node");
        }

        if (Utf8Validation.FirstInvalid(utf8.Span) is { } invalid)
        {
            throw new InventoryFormatException(sourceName, JsonPath.Root, invalid.Line, $"byte 0x{utf8.Span[invalid.Offset]:X2} at offset {invalid.Offset} (column {invalid.Column}) is not valid UTF-8", "UTF-8 JSON text");
        }

        if (JsonEscapes.FindLoneSurrogate(utf8.Span, maxDepth) is { } line)
        {
            throw new InventoryFormatException(sourceName, JsonPath.Root, line, "a string escapes half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its partner)", "UTF-8 JSON text");
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
            return new InventoryFormatException(sourceName, JsonPath.Root, line, "there is more data after the end of the JSON document", "one JSON document (the List kubectl prints)", parseError);
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
        var tracker = new JsonPathTracker();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                tracker.Observe(ref reader);
            }

            return (tracker.NextValuePath, tracker.Depth, null);
        }
        catch (JsonException error)
        {
            return (tracker.NextValuePath, tracker.Depth, error);
        }
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
    }
}
