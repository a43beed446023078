using System.Globalization;

namespace CompatRules.Text;

/// <summary>Input text quoted back in a message, a reason, a warning or a table: a short prefix and the length when
/// it is long, so that a huge value (a 100 MB kernelVersion or node name) is not repeated into every result and
/// line that mentions it.</summary>
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
        return value.Length <= MaxLength ? $"'{value}'" : $"'{Prefix(value)}…' {Length(value)}";
    }

    /// <summary>The value as it is when short, otherwise cut to <see cref="MaxLength"/> characters with its length,
    /// without quotes, for a name in running text: <c>worker-aaaa… (104857600 characters)</c>.</summary>
    /// <param name="value">The input value.</param>
    /// <returns>The value, or its prefix and length.</returns>
    public static string Cut(string? value)
    {
        value ??= string.Empty;
        return value.Length <= MaxLength ? value : $"{Prefix(value)}… {Length(value)}";
    }

    /// <summary>The first <see cref="MaxLength"/> characters, one fewer when a surrogate pair would be split.</summary>
    private static string Prefix(string value) => value[..(char.IsHighSurrogate(value[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];

    private static string Length(string value) => $"({value.Length.ToString(CultureInfo.InvariantCulture)} characters)";
}
