using System.Globalization;
using System.Text;
using CompatRules.Text;

namespace CompatRules.Cli.Output;

/// <summary>Makes text from the input (node names, versions, evidence, error messages) safe to print: control
/// characters and the Unicode format characters that reorder or hide text become visible escapes such as <c>\x1B</c>
/// and <c>\u202E</c>, so that a hostile string can neither drive the terminal (ESC, OSC, BEL, CR) nor start a line of
/// its own. A backslash stays a backslash: the escapes are for people, not meant to be read back.</summary>
internal static class VisibleText
{
    /// <summary>For a terminal or a line-based text format: every control and bidirectional format character escaped.</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>The text with the characters escaped; the same instance when nothing needed escaping.</returns>
    public static string Terminal(string? text) => Escape(text ?? string.Empty, NeedsTerminalEscape);

    /// <summary>For a value from the input echoed into terminal text, such as a node name: cut to a short prefix with
    /// its length when long (<see cref="InputEcho.Cut"/>), then escaped as by <see cref="Terminal"/>.</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>At most a line's worth of escaped text.</returns>
    public static string Short(string? text) => Terminal(InputEcho.Cut(text));

    /// <summary>For XML 1.0 content and attributes: the characters XML cannot carry (C0 controls other than tab,
    /// newline and carriage return, U+FFFE, U+FFFF, lone surrogates) and the other control characters escaped.</summary>
    /// <param name="text">The text, or null.</param>
    /// <returns>Text every XML 1.0 writer accepts.</returns>
    public static string Xml(string? text) => Escape(text ?? string.Empty, NeedsXmlEscape);

    private static bool NeedsTerminalEscape(string text, int i)
    {
        var c = text[i];
        return char.IsControl(c) || IsReordering(c) || c is '\u2028' or '\u2029' || IsLoneSurrogate(text, i);
    }

    private static bool NeedsXmlEscape(string text, int i)
    {
        var c = text[i];
        return c is not ('\t' or '\n') && (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || IsReordering(c) || IsLoneSurrogate(text, i));
    }

    private static bool IsReordering(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static bool IsLoneSurrogate(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
    }

    private static string Escape(string text, Func<string, int, bool> needsEscape)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (needsEscape(text, i))
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!needsEscape(text, i))
            {
                builder.Append(c);
            }
            else if (c <= '\u00FF')
            {
                builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
