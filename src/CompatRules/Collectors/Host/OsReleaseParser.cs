using System.Text;

namespace CompatRules.Collectors.Host;

/// <summary>Parses os-release(5): shell-style <c>KEY=VALUE</c> lines without expansion.</summary>
/// <remarks>Double quotes end at the first unescaped double quote, and a backslash before <c>$ " \ `</c> or a newline
/// yields that character while other backslashes stay; single quotes are literal; unquoted values take a backslash
/// as escaping the next character. Blank and <c>#</c> lines and invalid keys are skipped; later keys win.</remarks>
internal static class OsReleaseParser
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || !IsKey(line.AsSpan(0, equals)))
            {
                continue;
            }

            values[line[..equals]] = Unquote(line.AsSpan(equals + 1));
        }

        return values;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!(char.IsAsciiLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        var result = new StringBuilder(value.Length);
        var i = 0;
        if (value.Length > 0 && value[0] == '"')
        {
            for (i = 1; i < value.Length && value[i] != '"'; i++)
            {
                if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '$' or '"' or '\\' or '`' or '\n')
                {
                    i++;
                }

                result.Append(value[i]);
            }

            return result.ToString();
        }

        if (value.Length > 0 && value[0] == '\'')
        {
            var end = value[1..].IndexOf('\'');
            return (end < 0 ? value[1..] : value.Slice(1, end)).ToString();
        }

        for (; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
            }

            result.Append(value[i]);
        }

        return result.ToString();
    }
}
