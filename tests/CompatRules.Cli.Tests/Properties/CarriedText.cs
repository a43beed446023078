using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>Whether an output kept the information of the text it was given.</summary>
internal static class CarriedText
{
    /// <summary>The text as UTF-8 can carry it: each lone surrogate becomes U+FFFD, as any UTF-8 encoder writes it.</summary>
    public static string AsUtf8(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>True for a character a formatter may escape (so it need not appear as itself): control characters,
    /// format characters (bidi controls, BOM, zero-width), line and paragraph separators, non-characters and lone
    /// surrogates. A whole surrogate pair (non-BMP text) is text like any other.</summary>
    public static bool MayBeEscaped(string text, int i)
    {
        var c = text[i];
        var paired = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
        return !paired && (char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is
            UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned);
    }

    /// <summary>True when every run of characters of <paramref name="text"/> between those that
    /// <see cref="MayBeEscaped"/> appears in <paramref name="output"/>, in order: an escaping format may change the
    /// characters it cannot show, but may not drop or cut what it can.</summary>
    public static bool RunsInOrder(string text, string output)
    {
        var at = 0;
        foreach (var run in Runs(text))
        {
            var found = output.IndexOf(run, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + run.Length;
        }

        return true;
    }

    /// <summary>The texts of <paramref name="texts"/> whose <see cref="RunsInOrder"/> fails, for a label.</summary>
    public static List<string> Lost(IEnumerable<string> texts, string output) => [.. texts.Distinct().Where(t => !RunsInOrder(t, output))];

    /// <summary>How many characters of a long value a text output echoes (the library's <c>InputEcho.MaxLength</c>,
    /// documented in docs/cli.md).</summary>
    public const int EchoedLength = 64;

    /// <summary>The texts of <paramref name="texts"/> that a text output lost: a short text must appear whole
    /// (<see cref="RunsInOrder"/>); a text longer than <see cref="EchoedLength"/> may be cut, but then its first
    /// <see cref="EchoedLength"/> characters (one fewer before a split surrogate pair) and its length,
    /// "(N characters)", must appear.</summary>
    public static List<string> LostOrUncut(IEnumerable<string> texts, string output)
        => [.. texts.Distinct().Where(t => !RunsInOrder(t, output) && !(t.Length > EchoedLength
            && RunsInOrder(t[..(char.IsHighSurrogate(t[EchoedLength - 1]) ? EchoedLength - 1 : EchoedLength)], output)
            && output.Contains($"({t.Length.ToString(CultureInfo.InvariantCulture)} characters)", StringComparison.Ordinal)))];

    /// <summary>Every string value and property name of a JSON document.</summary>
    public static HashSet<string> Strings(JsonElement element)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        Collect(element, strings);
        return strings;
    }

    private static void Collect(JsonElement element, HashSet<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    strings.Add(property.Name);
                    Collect(property.Value, strings);
                }

                break;
        }
    }

    private static IEnumerable<string> Runs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || MayBeEscaped(text, i))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }
}
