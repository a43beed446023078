using System.Text.Json;

namespace CompatRules.Json;

/// <summary>Finds a string or property name whose escapes are half of a UTF-16 surrogate pair (<c>"\ud800"</c>):
/// valid JSON to the parser, but reading it as a string throws <see cref="InvalidOperationException"/>.</summary>
internal static class JsonEscapes
{
    /// <summary>True when the string or property name <paramref name="reader"/> is on escapes a lone surrogate.</summary>
    public static bool IsLoneSurrogate(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName) || !reader.ValueIsEscaped)
        {
            return false;
        }

        try
        {
            _ = reader.GetString();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

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
                if (IsLoneSurrogate(ref reader))
                {
                    return Utf8Lines.PositionAt(utf8, (int)reader.TokenStartIndex).Line;
                }
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
