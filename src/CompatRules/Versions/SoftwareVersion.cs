using Semver;

namespace CompatRules.Versions;

/// <summary>
/// A released software version as operators see it: a Git tag, an image tag or a distribution build
/// (<c>v1.31.4</c>, <c>v1.31.4+rke2r1</c>, <c>4.18</c>, <c>v3.28.0-0.dev-123-gabc</c>, <c>v2.2.1-iptables1.8.9-0</c>).
/// </summary>
/// <remarks>
/// <para>
/// The first three numbers and any pre-release label are compared with SemVer 2.0 precedence by
/// <see cref="SemVersion"/> (the label without regard to case); a fourth number, when present, decides between
/// versions whose first three are equal, before the label does. A leading <c>v</c> is ignored, so <c>v1.13.0</c>
/// equals <c>1.13.0</c>, and a missing number is zero, so <c>4.18</c> equals <c>4.18.0</c>.
/// </para>
/// <para>
/// A hyphen suffix is a pre-release only when it starts with a pre-release word (<c>alpha</c>, <c>beta</c>,
/// <c>rc</c>, <c>pre</c>, <c>preview</c>, <c>dev</c>, <c>snapshot</c>, <c>nightly</c>, <c>milestone</c>,
/// <c>a</c>/<c>b</c>/<c>m</c> followed by a number, as in Submariner's milestone <c>0.21.0-m1</c>) or with a number
/// followed by one of them (<c>0.dev</c>). Any other hyphen suffix, such as <c>iptables1.8.9-0</c> or
/// <c>eks-16b398d</c>, and any <c>+</c> build metadata, such as <c>rke2r1</c> or <c>k0s.0</c>, is a
/// <see cref="Build"/> of that release: it sorts after the plain release and before the next one, and two builds of
/// the same release are ordered naturally (<c>k0s.2</c> before <c>k0s.10</c>).
/// </para>
/// <para>Instances are immutable and thread-safe. The default value is <c>0.0.0</c>.</para>
/// </remarks>
public sealed class SoftwareVersion : IComparable<SoftwareVersion>, IEquatable<SoftwareVersion>
{
    // Major.minor.patch and the lower-cased pre-release label, for SemVer precedence; never any build.
    private readonly SemVersion _precedence;

    private SoftwareVersion(string original, int[] numbers, string? preRelease, string? build)
    {
        Original = original;
        Major = numbers[0];
        Minor = numbers[1];
        Patch = numbers.Length > 2 ? numbers[2] : 0;
        Revision = numbers.Length > 3 ? numbers[3] : 0;
        PreRelease = preRelease;
        Build = build;
        _precedence = PreReleaseLabel.ToSemVersion(Major, Minor, Patch, preRelease);
    }

    /// <summary>The text this version was parsed from, exactly as given.</summary>
    public string Original { get; }

    /// <summary>The first number (<c>1</c> in <c>v1.31.4</c>).</summary>
    public int Major { get; }

    /// <summary>The second number (<c>31</c> in <c>v1.31.4</c>).</summary>
    public int Minor { get; }

    /// <summary>The third number (<c>4</c> in <c>v1.31.4</c>), zero when absent.</summary>
    public int Patch { get; }

    /// <summary>The fourth number, zero when absent.</summary>
    public int Revision { get; }

    /// <summary>The pre-release label (<c>0.dev-123-gabc</c>, <c>rc.1</c>), or <see langword="null"/> for a release.</summary>
    public string? PreRelease { get; }

    /// <summary>True when this is a pre-release, which sorts before the release of the same numbers.</summary>
    public bool IsPreRelease => PreRelease is not null;

    /// <summary>
    /// The distribution build or image variant (<c>rke2r1</c>, <c>k0s.0</c>, <c>iptables1.8.9-0</c>), or
    /// <see langword="null"/> when there is none.
    /// </summary>
    public string? Build { get; }

    /// <summary>The release line, <c>major.minor</c>, such as <c>1.31</c>.</summary>
    public string Line => $"{Major}.{Minor}";

    /// <summary>This version without its build or variant suffix: <c>v2.2.1-iptables1.8.9-0</c> gives <c>2.2.1</c>.</summary>
    public SoftwareVersion WithoutBuild => Build is null ? this : new SoftwareVersion(Normalized, [Major, Minor, Patch, Revision], PreRelease, null);

    // 1.2.3, 1.2.3.4 (a zero fourth number is left out), 1.2.3-rc.1: the text WithoutBuild gives.
    private string Normalized
        => $"{Major}.{Minor}.{Patch}{(Revision > 0 ? "." + Revision : string.Empty)}{(PreRelease is null ? string.Empty : "-" + PreRelease)}";

    /// <summary>Parses a version, throwing when the text is not one.</summary>
    /// <param name="text">The version text, such as <c>v1.31.4+rke2r1</c>.</param>
    /// <returns>The parsed version.</returns>
    /// <exception cref="VersionFormatException">The text is not a version; the message says where it stops making sense.</exception>
    public static SoftwareVersion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var version, out var error) ? version : throw new VersionFormatException(text, error);
    }

    /// <summary>Parses a version, returning false instead of throwing when the text is not one.</summary>
    /// <param name="text">The version text, such as <c>v1.31.4+rke2r1</c>.</param>
    /// <param name="version">The parsed version, when the result is true.</param>
    /// <returns>True when <paramref name="text"/> is a version.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SoftwareVersion? version)
        => TryParse(text, out version, out _);

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SoftwareVersion? version, out string error)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the text is empty";
            return false;
        }

        var span = text.AsSpan().Trim();
        if (span.Length > 256)
        {
            error = "the text is longer than 256 characters";
            return false;
        }

        if (span[0] is 'v' or 'V')
        {
            span = span[1..];
        }

        string? metadata = null;
        var plus = span.IndexOf('+');
        if (plus >= 0)
        {
            metadata = span[(plus + 1)..].ToString();
            span = span[..plus];
            if (metadata.Length == 0 || metadata.Contains('+'))
            {
                error = $"the build metadata after '+' at position {plus + 1} is empty or has a second '+'";
                return false;
            }
        }

        var numbersEnd = 0;
        while (numbersEnd < span.Length && (char.IsAsciiDigit(span[numbersEnd]) || span[numbersEnd] == '.'))
        {
            numbersEnd++;
        }

        var numbers = span[..numbersEnd].TrimEnd('.');
        var parts = numbers.ToString().Split('.');
        if (numbers.Length == 0 || parts.Length > 4 || parts.Any(p => p.Length == 0 || p.Length > 9))
        {
            error = "expected two to four dot-separated numbers at the start, such as 1.31.4";
            return false;
        }

        if (parts.Length == 1)
        {
            error = "expected at least major.minor, such as 4.18";
            return false;
        }

        string? preRelease = null;
        string? variant = null;
        var rest = span[numbers.Length..];
        if (rest.Length > 0)
        {
            if (rest[0] != '-')
            {
                error = $"unexpected '{rest[0]}' after the numbers; expected '-' or '+'";
                return false;
            }

            if (rest.Length == 1)
            {
                error = "there is nothing after the '-' at the end";
                return false;
            }

            var suffix = rest[1..].ToString();
            if (PreReleaseLabel.Is(suffix))
            {
                preRelease = PreReleaseLabel.Sanitize(suffix);
            }
            else
            {
                variant = suffix;
            }
        }

        var build = (variant, metadata) switch
        {
            (null, null) => null,
            (not null, null) => variant,
            (null, not null) => metadata,
            _ => variant + "+" + metadata,
        };

        version = new SoftwareVersion(text, parts.Select(int.Parse).ToArray(), preRelease, build);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(SoftwareVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        // SemVer has three numbers: a fourth decides only between equal first three, and before the pre-release label.
        var byRevision = Major == other.Major && Minor == other.Minor && Patch == other.Patch ? Revision.CompareTo(other.Revision) : 0;
        if (byRevision != 0)
        {
            return byRevision;
        }

        var byPrecedence = SemVersion.ComparePrecedence(_precedence, other._precedence);
        return byPrecedence != 0 ? byPrecedence : NaturalStringComparer.Compare(Build, other.Build);
    }

    /// <inheritdoc />
    public bool Equals(SoftwareVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SoftwareVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(SemVersion.PrecedenceComparer.GetHashCode(_precedence), Revision, NaturalStringComparer.GetHashCode(Build));

    /// <summary>The text this version was parsed from.</summary>
    /// <returns><see cref="Original"/>.</returns>
    public override string ToString() => Original;

    /// <summary>Compares two versions; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) < 0;

    /// <summary>Compares two versions; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) > 0;

    /// <summary>Compares two versions; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) <= 0;

    /// <summary>Compares two versions; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) >= 0;

    /// <summary>Tests two versions for equal precedence, build included.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when both are null or both have the same precedence and build.</returns>
    public static bool operator ==(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) == 0;

    /// <summary>Tests two versions for different precedence or build.</summary>
    /// <param name="left">The first version.</param>
    /// <param name="right">The second version.</param>
    /// <returns>True when the versions are not equal.</returns>
    public static bool operator !=(SoftwareVersion? left, SoftwareVersion? right) => Compare(left, right) != 0;

    private static int Compare(SoftwareVersion? left, SoftwareVersion? right)
        => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
