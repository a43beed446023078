using System.Collections.Immutable;

namespace CompatRules.Versions;

/// <summary>
/// A set of versions written in interval notation, as a union of windows:
/// <c>[1.27.0,1.27.11) ∪ [1.28.0,1.28.7) ∪ [1.29.0,1.29.2)</c>.
/// </summary>
/// <remarks>
/// Windows are separated by <c>∪</c>, <c>||</c> or <c>|</c>. A bare version (<c>1.2.3</c>) is the single version
/// <c>[1.2.3]</c>; <c>*</c> is every version. Instances are immutable and thread-safe; equality compares the
/// windows in order.
/// </remarks>
public sealed class VersionRange : IEquatable<VersionRange>
{
    private VersionRange(ImmutableArray<VersionInterval> intervals, string text)
    {
        Intervals = intervals;
        Text = text;
    }

    /// <summary>Every version.</summary>
    public static VersionRange All { get; } = new([new VersionInterval(null, false, null, false)], "*");

    /// <summary>The windows of this range, in the order written.</summary>
    public ImmutableArray<VersionInterval> Intervals { get; }

    /// <summary>The range as written when parsed.</summary>
    public string Text { get; }

    /// <summary>Tests whether <paramref name="version"/> lies in any window.</summary>
    /// <param name="version">The version to test.</param>
    /// <returns>True when some window contains the version.</returns>
    public bool Contains(SoftwareVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        foreach (var interval in Intervals)
        {
            if (interval.Contains(version))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a range, throwing when the text is not one.</summary>
    /// <param name="text">The range, such as <c>[1.26.0,1.30.0)</c> or <c>(,3.20.0) ∪ [3.24.6]</c>.</param>
    /// <returns>The parsed range.</returns>
    /// <exception cref="VersionFormatException">The text is not a range; the message names the window and position.</exception>
    public static VersionRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var range, out var error) ? range : throw new VersionFormatException(text, error);
    }

    /// <summary>Parses a range, returning false instead of throwing when the text is not one.</summary>
    /// <param name="text">The range text.</param>
    /// <param name="range">The parsed range, when the result is true.</param>
    /// <returns>True when <paramref name="text"/> is a range.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VersionRange? range)
        => TryParse(text, out range, out _);

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VersionRange? range, out string error)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the range is empty";
            return false;
        }

        if (text.Length > 4096)
        {
            error = "the range is longer than 4096 characters";
            return false;
        }

        var builder = ImmutableArray.CreateBuilder<VersionInterval>();
        var pieceStart = 0;
        while (true)
        {
            var (pieceEnd, separatorLength) = FindSeparator(text, pieceStart);
            var piece = text.AsSpan(pieceStart, pieceEnd - pieceStart);
            var leading = piece.Length - piece.TrimStart().Length;
            var window = piece.Trim().ToString();
            if (!TryParseInterval(window, out var interval, out var problem))
            {
                // The position is where the window's text starts, after the separator and any space.
                error = $"window {builder.Count + 1} ('{window}', at position {pieceStart + leading}) {problem}";
                return false;
            }

            builder.Add(interval);
            if (separatorLength == 0)
            {
                break;
            }

            pieceStart = pieceEnd + separatorLength;
        }

        range = new VersionRange(builder.ToImmutable(), text.Trim());
        error = string.Empty;
        return true;
    }

    private static (int Index, int Length) FindSeparator(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '∪')
            {
                return (i, 1);
            }

            if (text[i] == '|')
            {
                return (i, i + 1 < text.Length && text[i + 1] == '|' ? 2 : 1);
            }
        }

        return (text.Length, 0);
    }

    private static bool TryParseInterval(string window, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VersionInterval? interval, out string problem)
    {
        interval = null;
        if (window.Length == 0)
        {
            problem = "is empty";
            return false;
        }

        if (window == "*")
        {
            interval = All.Intervals[0];
            problem = string.Empty;
            return true;
        }

        if (window[0] is not ('[' or '('))
        {
            if (!SoftwareVersion.TryParse(window, out var exact))
            {
                problem = "is neither a version nor starts with '[' or '('";
                return false;
            }

            interval = new VersionInterval(exact, true, exact, true);
            problem = string.Empty;
            return true;
        }

        var last = window[^1];
        if (last is not (']' or ')'))
        {
            problem = "does not end with ']' or ')'";
            return false;
        }

        var inner = window[1..^1];
        var comma = inner.Split(',');
        if (comma.Length > 2)
        {
            problem = "has more than one ','";
            return false;
        }

        if (comma.Length == 1)
        {
            if (window[0] != '[' || last != ']' || !SoftwareVersion.TryParse(inner.Trim(), out var only))
            {
                problem = "with no ',' must be a single version in square brackets, such as [1.2.3]";
                return false;
            }

            interval = new VersionInterval(only, true, only, true);
            problem = string.Empty;
            return true;
        }

        SoftwareVersion? min = null, max = null;
        var minText = comma[0].Trim();
        var maxText = comma[1].Trim();
        if (minText.Length > 0 && !SoftwareVersion.TryParse(minText, out min))
        {
            problem = $"has a lower bound '{minText}' that is not a version";
            return false;
        }

        if (maxText.Length > 0 && !SoftwareVersion.TryParse(maxText, out max))
        {
            problem = $"has an upper bound '{maxText}' that is not a version";
            return false;
        }

        if (min is not null && max is not null && min > max)
        {
            problem = "has a lower bound above its upper bound";
            return false;
        }

        if (min is not null && max is not null && min == max && !(window[0] == '[' && last == ']'))
        {
            problem = "contains no version: its bounds are equal and one is excluded; write [v] for a single version";
            return false;
        }

        if ((min is null && window[0] == '[') || (max is null && last == ']'))
        {
            problem = "includes an unbounded end; use '(' or ')' beside an empty bound";
            return false;
        }

        interval = new VersionInterval(min, window[0] == '[', max, last == ']');
        problem = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(VersionRange? other) => other is not null && Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is VersionRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Intervals.Length == 0 ? 0 : Intervals[0].GetHashCode();

    /// <summary>The range in interval notation, windows joined by <c> ∪ </c>.</summary>
    /// <returns>The notation.</returns>
    public override string ToString() => string.Join(" ∪ ", Intervals);
}
