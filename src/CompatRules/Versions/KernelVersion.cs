namespace CompatRules.Versions;

/// <summary>
/// A Linux kernel release such as <c>5.15.0-91-generic</c> or <c>5.14.0-503.14.1.el9_5.x86_64</c>: the upstream
/// version it is based on, and the distribution build after it.
/// </summary>
/// <remarks>
/// <para>
/// Releases order by upstream version first (<c>3.10.0-1160.el7</c> &lt; <c>5.14.0-503.el9</c> &lt;
/// <c>5.15.0-91-generic</c>) and then by distribution build compared naturally (<c>5.15.0-91-generic</c> &lt;
/// <c>5.15.0-105-generic</c>). A release with no build sorts before every build of the same upstream version,
/// so <c>5.17.0-1-generic</c> is not below <c>5.17</c>. Compare <see cref="Upstream"/> when the build must not
/// matter, as upstream's own checks do (Calico's <c>kernel &lt;= 5.7.0</c>).
/// </para>
/// <para>
/// Distribution kernels backport features (RHEL 9's 5.14 has MPTCP fixes from later releases): a version bound is
/// evidence, a live probe is better. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class KernelVersion : IComparable<KernelVersion>, IEquatable<KernelVersion>
{
    private KernelVersion? _upstream;

    /// <summary>Creates an upstream kernel version with no distribution build.</summary>
    /// <param name="major">The major number, such as 5.</param>
    /// <param name="minor">The minor number, such as 15.</param>
    /// <param name="patch">The patch number, zero when unknown.</param>
    public KernelVersion(int major, int minor, int patch = 0)
        : this(major, minor, patch, null, $"{major}.{minor}.{patch}")
    {
    }

    private KernelVersion(int major, int minor, int patch, string? build, string release)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        ArgumentOutOfRangeException.ThrowIfNegative(patch);
        Major = major;
        Minor = minor;
        Patch = patch;
        Build = build;
        Release = release;
    }

    /// <summary>The kernel release exactly as given, distribution suffix included.</summary>
    public string Release { get; }

    /// <summary>The upstream major number (<c>5</c> in <c>5.15.0-91-generic</c>).</summary>
    public int Major { get; }

    /// <summary>The upstream minor number (<c>15</c> in <c>5.15.0-91-generic</c>).</summary>
    public int Minor { get; }

    /// <summary>The upstream patch number, zero when the release has only two numbers.</summary>
    public int Patch { get; }

    /// <summary>
    /// Everything after the upstream numbers and their separator (<c>91-generic</c>, <c>1160.el7.x86_64</c>,
    /// <c>fc-v669</c>), or <see langword="null"/> for a plain upstream release.
    /// </summary>
    public string? Build { get; }

    /// <summary>The upstream version alone, without the distribution build.</summary>
    /// <remarks>Computed once per instance (a benign race may build it twice; both are equal).</remarks>
    public KernelVersion Upstream => Build is null ? this : _upstream ??= new KernelVersion(Major, Minor, Patch);

    /// <summary>Parses a kernel release, throwing when it does not start with <c>major.minor</c>.</summary>
    /// <param name="release">The release, as <c>uname -r</c> prints it.</param>
    /// <returns>The parsed release.</returns>
    /// <exception cref="VersionFormatException">The text does not start with two dot-separated numbers.</exception>
    public static KernelVersion Parse(string release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return TryParse(release, out var version, out var error) ? version : throw new VersionFormatException(release, error);
    }

    /// <summary>Parses a kernel release, returning false instead of throwing.</summary>
    /// <param name="release">The release, as <c>uname -r</c> prints it.</param>
    /// <param name="version">The parsed release, when the result is true.</param>
    /// <returns>True when the text starts with <c>major.minor</c>.</returns>
    public static bool TryParse(string? release, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KernelVersion? version)
        => TryParse(release, out version, out _);

    private static bool TryParse(string? release, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KernelVersion? version, out string error)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(release))
        {
            error = "the kernel release is empty";
            return false;
        }

        var text = release.Trim();
        if (text.Length > 256)
        {
            error = "the kernel release is longer than 256 characters";
            return false;
        }

        var numbers = new int[3];
        var count = 0;
        var index = 0;
        while (count < 3)
        {
            var start = index;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }

            if (index == start || index - start > 9)
            {
                if (count < 2)
                {
                    error = $"expected a number at position {start}; a kernel release starts with major.minor";
                    return false;
                }

                break;
            }

            numbers[count++] = int.Parse(text.AsSpan(start, index - start), System.Globalization.CultureInfo.InvariantCulture);
            if (count < 3 && index < text.Length && text[index] == '.' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]))
            {
                index++;
                continue;
            }

            if (count < 2)
            {
                error = $"expected '.' and the minor number at position {index}";
                return false;
            }

            break;
        }

        string? build = null;
        if (index < text.Length)
        {
            var rest = text.AsSpan(index);
            if (rest[0] is '-' or '.' or '+' or '_' or '~')
            {
                rest = rest[1..];
            }

            build = rest.Length == 0 ? null : rest.ToString();
        }

        version = new KernelVersion(numbers[0], numbers[1], numbers[2], build, text);
        error = string.Empty;
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(KernelVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Major.CompareTo(other.Major);
        if (c == 0)
        {
            c = Minor.CompareTo(other.Minor);
        }

        if (c == 0)
        {
            c = Patch.CompareTo(other.Patch);
        }

        return c != 0 ? c : NaturalStringComparer.Compare(Build, other.Build);
    }

    /// <inheritdoc />
    public bool Equals(KernelVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is KernelVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch, NaturalStringComparer.GetHashCode(Build));

    /// <summary>The release exactly as given.</summary>
    /// <returns><see cref="Release"/>.</returns>
    public override string ToString() => Release;

    /// <summary>Orders two kernel releases; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(KernelVersion? left, KernelVersion? right) => Compare(left, right) < 0;

    /// <summary>Orders two kernel releases; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(KernelVersion? left, KernelVersion? right) => Compare(left, right) > 0;

    /// <summary>Orders two kernel releases; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(KernelVersion? left, KernelVersion? right) => Compare(left, right) <= 0;

    /// <summary>Orders two kernel releases; <see langword="null"/> sorts first.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(KernelVersion? left, KernelVersion? right) => Compare(left, right) >= 0;

    /// <summary>Tests two releases for the same upstream version and build.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(KernelVersion? left, KernelVersion? right) => Compare(left, right) == 0;

    /// <summary>Tests two releases for a different upstream version or build.</summary>
    /// <param name="left">The first release.</param>
    /// <param name="right">The second release.</param>
    /// <returns>True when the releases differ.</returns>
    public static bool operator !=(KernelVersion? left, KernelVersion? right) => Compare(left, right) != 0;

    private static int Compare(KernelVersion? left, KernelVersion? right)
        => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
