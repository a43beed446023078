using System.Text.Json;

namespace CompatRules.Json;

/// <summary>Finds the first property name repeated within one object, with its path and line, for the error message
/// (the document parser rejects duplicates but does not say where).</summary>
internal static class JsonDuplicateFinder
{
    public static (string Path, long Line, string Name)? Find(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var tracker = new JsonPathTracker();
        try
        {
            while (reader.Read())
            {
                tracker.Observe(ref reader);
                if (tracker.IsRepeatedName)
                {
                    return (tracker.Path, Utf8Lines.PositionAt(utf8, (int)reader.TokenStartIndex).Line, tracker.PropertyName!);
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }

        return null;
    }
}
