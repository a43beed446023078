using Semver;

namespace CompatRules.Versions;

/// <summary>
/// Decides whether a version's hyphen suffix is a pre-release, and turns one into the identifiers that
/// <see cref="SemVersion"/> compares.
/// </summary>
internal static class PreReleaseLabel
{
    private static readonly string[] Words =
        ["alpha", "beta", "rc", "pre", "preview", "dev", "snapshot", "nightly", "milestone"];

    /// <summary>
    /// True when <paramref name="suffix"/> (the text after the first hyphen) starts with a pre-release word, with
    /// <c>a</c>, <c>b</c> or <c>m</c> and a digit (<c>b2</c>, Submariner's <c>m1</c>), or with dot-separated numbers
    /// and then a word (Calico's <c>0.dev-123-gabc</c>). Anything else is a build or image variant.
    /// </summary>
    public static bool Is(string suffix)
    {
        var index = 0;
        while (index < suffix.Length && (char.IsAsciiDigit(suffix[index]) || suffix[index] == '.'))
        {
            index++;
        }

        var word = suffix.AsSpan(index);
        foreach (var candidate in Words)
        {
            if (word.StartsWith(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return index == 0 || suffix[index - 1] == '.';
            }
        }

        // a1, b2: short alpha/beta spellings; m1, m2: milestones (Submariner's 0.21.0-m1).
        return index == 0 && word.Length >= 2 && (word[0] is 'a' or 'b' or 'm') && char.IsAsciiDigit(word[1]);
    }

    /// <summary>
    /// The label as SemVer identifiers: characters SemVer does not allow become <c>-</c>, an empty identifier
    /// becomes <c>0</c> and leading zeros of a numeric one are dropped (<c>rc.01</c> is <c>rc.1</c>). Case is kept.
    /// </summary>
    public static string Sanitize(string label)
        => string.Join('.', label.Split('.').Select(SanitizeIdentifier));

    /// <summary>
    /// The version SemVer compares: three numbers and the sanitized label in lower case, so that
    /// <c>RC.1</c> and <c>rc.1</c> have the same precedence.
    /// </summary>
    public static SemVersion ToSemVersion(int major, int minor, int patch, string? sanitized)
        => sanitized is null
            ? new SemVersion(major, minor, patch)
            : new SemVersion(
                major,
                minor,
                patch,
                sanitized.ToLowerInvariant().Split('.').Select(identifier => new PrereleaseIdentifier(identifier, allowLeadingZeros: false)),
                null);

    private static string SanitizeIdentifier(string identifier)
    {
        // SemVer identifiers are dot-separated; a hyphen inside (0.dev-123-gabc) stays inside one identifier.
        var clean = new string(identifier.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-').ToArray());
        if (clean.Length == 0)
        {
            return "0";
        }

        return clean.Length > 1 && clean[0] == '0' && clean.All(char.IsAsciiDigit) ? clean.TrimStart('0').PadLeft(1, '0') : clean;
    }
}
