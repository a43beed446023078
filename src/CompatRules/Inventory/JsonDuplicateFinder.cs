using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>Finds the first property name repeated within one object, with its path and line, for the error message
/// (the document parser rejects duplicates but does not say where).</summary>
internal static class JsonDuplicateFinder
{
    public static (string Path, long Line, string Name)? Find(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var frames = new Stack<(string Path, HashSet<string>? Names, int Index)>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pending = reader.GetString()!;
                        var (path, names, _) = frames.Peek();
                        if (!names!.Add(pending))
                        {
                            var line = utf8[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1L;
                            return (JsonPathText.Property(path, pending), line, pending);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var childPath = ValuePath(frames, pending);
                        frames.Push((childPath, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, 0));
                        pending = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        Advance(frames);
                        break;
                    default:
                        pending = null;
                        Advance(frames);
                        break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }

        return null;
    }

    private static string ValuePath(Stack<(string Path, HashSet<string>? Names, int Index)> frames, string? pending)
    {
        if (frames.Count == 0)
        {
            return JsonPathText.Root;
        }

        var (path, names, index) = frames.Peek();
        return names is null ? JsonPathText.Index(path, index) : JsonPathText.Property(path, pending ?? string.Empty);
    }

    private static void Advance(Stack<(string Path, HashSet<string>? Names, int Index)> frames)
    {
        if (frames.Count > 0 && frames.Peek().Names is null)
        {
            var (path, names, index) = frames.Pop();
            frames.Push((path, names, index + 1));
        }
    }
}
