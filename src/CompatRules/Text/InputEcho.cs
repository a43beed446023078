using System.Globalization;

namespace CompatRules.Text;

/// <summary>Input text quoted back in a message, a reason or a warning: a short prefix and the length when it is
/// long, so that a huge value (a 100 MB kernelVersion) is not repeated into every result that mentions it.</summary>
internal static class InputEcho
{
    /// <summary>How many characters of a long value are kept.</summary>
    public const int MaxLength = 64;

    /// <summary>The value in single quotes, cut to <see cref="MaxLength"/> characters with its length when longer:
    /// <c>'5.15.0-aaaa…' (104857600 characters)</c>.</summary>
    /// <param name="value">The input value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        if (value.Length <= MaxLength)
        {
            return $"'{value}'";
        }

        var cut = char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return $"'{value[..cut]}…' ({value.Length.ToString(CultureInfo.InvariantCulture)} characters)";
    }
}
