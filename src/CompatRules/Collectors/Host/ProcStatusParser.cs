using System.Globalization;
using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Host;

/// <summary>Reads the capability masks of <c>/proc/&lt;pid&gt;/status</c>: <c>CapEff:\t000001ffffffffff</c>.</summary>
internal static class ProcStatusParser
{
    /// <summary>The mask on the <paramref name="field"/> line (such as <c>CapEff</c>), or null when there is none.</summary>
    /// <exception cref="CollectorParseException">The value is not 16 hexadecimal digits.</exception>
    public static ulong? CapabilityMask(string text, string file, string field = "CapEff")
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (!line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line[(field.Length + 1)..].Trim();
            if (value.Length != 16 || !ulong.TryParse(value, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var mask))
            {
                // The kernel always prints 16 digits: a shorter value is a truncated file, not a smaller mask.
                throw new CollectorParseException(file, lineNumber, $"{field} value '{value}' is not a 16-digit hexadecimal mask");
            }

            return mask;
        }

        return null;
    }
}
