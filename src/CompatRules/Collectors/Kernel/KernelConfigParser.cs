using System.Collections.Immutable;
using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Kernel;

/// <summary>Parses a kernel <c>.config</c>: <c>CONFIG_X=y|m|number|"string"</c> and <c># CONFIG_X is not set</c>.</summary>
internal static class KernelConfigParser
{
    private const string NotSetSuffix = " is not set";

    /// <summary>Option name to value (<c>n</c> for "is not set"); string values lose their quotes.</summary>
    /// <exception cref="CollectorParseException">A non-comment line is not <c>CONFIG_X=value</c>.</exception>
    public static ImmutableDictionary<string, string> Parse(string text, string file)
    {
        var options = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# CONFIG_", StringComparison.Ordinal) && line.EndsWith(NotSetSuffix, StringComparison.Ordinal))
                {
                    options[line[2..^NotSetSuffix.Length]] = "n";
                }

                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (!line.StartsWith("CONFIG_", StringComparison.Ordinal) || equals <= "CONFIG_".Length)
            {
                throw new CollectorParseException(file, lineNumber, $"expected CONFIG_<NAME>=<value>, found '{Shorten(line)}'");
            }

            var value = line[(equals + 1)..];
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }

            options[line[..equals]] = value;
        }

        return options.ToImmutable();
    }

    internal static string Shorten(string line) => line.Length <= 80 ? line : line[..80] + "...";
}
