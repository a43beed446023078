using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>Finds a string or property name whose escapes are half of a UTF-16 surrogate pair (<c>"\ud800"</c>):
/// valid JSON to the parser, but reading it as a string throws <see cref="InvalidOperationException"/>.</summary>
internal static class JsonEscapeChecker
{
    /// <summary>The 1-based line of the first such string, or null when there is none (or the JSON breaks first).</summary>
    public static long? FindLoneSurrogate(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        if (utf8.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    try
                    {
                        _ = reader.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        return utf8[..(int)reader.TokenStartIndex].Count((byte)'\n') + 1L;
                    }
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
