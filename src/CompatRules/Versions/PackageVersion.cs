using System.Globalization;

namespace CompatRules.Versions;

/// <summary>
/// The version of a distribution package as its package manager orders it: dpkg's <c>[epoch:]upstream[-revision]</c>
/// (<see cref="PackageVersionScheme.Dpkg"/>) or RPM's epoch, version and release (<see cref="PackageVersionScheme.Rpm"/>).
/// </summary>
/// <remarks>
/// Two versions of the same scheme compare by epoch (a number, 0 when absent), then the upstream version, then the
/// revision/release, with dpkg's <c>verrevcmp</c> or RPM's <c>rpmvercmp</c>. Versions of different schemes do not
/// compare (<see cref="ArgumentException"/>): a rule states the scheme of its threshold, or compares with a string,
/// which is read in this version's scheme (<see cref="CompareTo(string)"/>, <see cref="IsBefore"/>,
/// <see cref="IsAtLeast"/>). An RPM release of one side only is ignored, as <c>rpmvercmp</c> does for a
/// dependency without a release (<c>1.8.8</c> matches <c>1.8.8-13.el9</c>); a dpkg revision that is absent is
/// <c>""</c>, which sorts before any revision (<c>1.8.9 &lt; 1.8.9-2</c>).
/// </remarks>
public sealed class PackageVersion : IComparable<PackageVersion>, IEquatable<PackageVersion>
{
    private PackageVersion(PackageVersionScheme scheme, long epoch, bool hasEpoch, string upstream, string? release, string original)
    {
        Scheme = scheme;
        Epoch = epoch;
        HasEpoch = hasEpoch;
        Upstream = upstream;
        Release = release;
        Original = original;
    }

    /// <summary>How the version is ordered.</summary>
    public PackageVersionScheme Scheme { get; }

    /// <summary>The epoch; 0 when none is written.</summary>
    public long Epoch { get; }

    /// <summary>Whether an epoch was written (<c>1:</c>, or RPM's EPOCH tag).</summary>
    public bool HasEpoch { get; }

    /// <summary>The upstream version (dpkg) or VERSION (RPM), such as <c>1.8.9</c>.</summary>
    public string Upstream { get; }

    /// <summary>The Debian revision or RPM release, such as <c>2ubuntu1</c> or <c>13.el9</c>; null when none.</summary>
    public string? Release { get; }

    /// <summary>The version as written: <c>1.8.7-1ubuntu5.2</c>, <c>1:1.8.10-11.el9_5</c>.</summary>
    public string Original { get; }

    /// <summary>Reads a dpkg version (<c>[epoch:]upstream[-revision]</c>, as in <c>/var/lib/dpkg/status</c>).</summary>
    /// <param name="text">The version text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="VersionFormatException">An empty version, an epoch that is not a number, or characters dpkg refuses.</exception>
    public static PackageVersion ParseDpkg(string text) => Parse(PackageVersionScheme.Dpkg, text);

    /// <summary>Reads an RPM EVR as <c>rpm -q --qf '%{EVR}'</c> prints it: <c>[epoch:]version[-release]</c>.</summary>
    /// <param name="text">The version text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="VersionFormatException">An empty version, an epoch that is not a number, or characters RPM refuses.</exception>
    public static PackageVersion ParseRpm(string text) => Parse(PackageVersionScheme.Rpm, text);

    /// <summary>Reads <paramref name="text"/> in <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="text">The version text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="VersionFormatException">The text is not a version of that scheme.</exception>
    public static PackageVersion Parse(PackageVersionScheme scheme, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        long epoch = 0;
        if (colon >= 0)
        {
            var epochText = trimmed[..colon];
            if (epochText.Length == 0 || epochText.Length > 18 || !epochText.All(char.IsAsciiDigit))
            {
                throw new VersionFormatException(text, "the epoch before ':' is not a number");
            }

            epoch = long.Parse(epochText, CultureInfo.InvariantCulture);
        }

        var rest = trimmed[(colon + 1)..];
        var dash = rest.LastIndexOf('-');
        var upstream = dash >= 0 ? rest[..dash] : rest;
        var release = dash >= 0 ? rest[(dash + 1)..] : null;
        if (upstream.Length == 0)
        {
            throw new VersionFormatException(text, "the version is empty");
        }

        if (release is { Length: 0 })
        {
            throw new VersionFormatException(text, scheme == PackageVersionScheme.Dpkg ? "the revision after '-' is empty" : "the release after '-' is empty");
        }

        Check(text, upstream, scheme == PackageVersionScheme.Dpkg ? ".+~-:" : ".+~^_", "version");
        if (release is not null)
        {
            Check(text, release, scheme == PackageVersionScheme.Dpkg ? ".+~" : ".+~^_", scheme == PackageVersionScheme.Dpkg ? "revision" : "release");
        }

        return new PackageVersion(scheme, epoch, colon >= 0, upstream, release, trimmed);
    }

    /// <summary>Makes an RPM version from the header's EPOCH, VERSION and RELEASE tags.</summary>
    /// <param name="epoch">The EPOCH tag, or null when the package has none.</param>
    /// <param name="version">The VERSION tag.</param>
    /// <param name="release">The RELEASE tag, or null.</param>
    /// <returns>The version.</returns>
    /// <exception cref="VersionFormatException">The version or release holds characters RPM refuses.</exception>
    public static PackageVersion FromRpmTags(long? epoch, string version, string? release)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = (epoch is { } e ? $"{e.ToString(CultureInfo.InvariantCulture)}:" : string.Empty) + version + (release is null ? string.Empty : "-" + release);
        if (version.Length == 0 || version.Contains('-') || release is { Length: 0 } || (release?.Contains('-') ?? false))
        {
            throw new VersionFormatException(text, "RPM VERSION and RELEASE are non-empty and have no '-'");
        }

        Check(text, version, ".+~^_", "version");
        if (release is not null)
        {
            Check(text, release, ".+~^_", "release");
        }

        return new PackageVersion(PackageVersionScheme.Rpm, epoch ?? 0, epoch is not null, version, release, text);
    }

    /// <summary>Reads <paramref name="text"/> in <paramref name="scheme"/>, or gives false.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="text">The version text, or null.</param>
    /// <param name="version">The version, when it parsed.</param>
    /// <returns>Whether it parsed.</returns>
    public static bool TryParse(PackageVersionScheme scheme, string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PackageVersion? version)
    {
        version = null;
        if (text is null)
        {
            return false;
        }

        try
        {
            version = Parse(scheme, text);
            return true;
        }
        catch (VersionFormatException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The versions are of different schemes.</exception>
    public int CompareTo(PackageVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (other.Scheme != Scheme)
        {
            throw new ArgumentException($"a {Scheme} version ({Original}) does not compare with a {other.Scheme} version ({other.Original})", nameof(other));
        }

        var byEpoch = Epoch.CompareTo(other.Epoch);
        if (byEpoch != 0)
        {
            return byEpoch;
        }

        if (Scheme == PackageVersionScheme.Dpkg)
        {
            var byUpstream = Math.Sign(DpkgVersionComparer.Compare(Upstream, other.Upstream));
            return byUpstream != 0 ? byUpstream : Math.Sign(DpkgVersionComparer.Compare(Release ?? string.Empty, other.Release ?? string.Empty));
        }

        var byVersion = RpmVersionComparer.Compare(Upstream, other.Upstream);
        return byVersion != 0 || Release is null || other.Release is null ? byVersion : RpmVersionComparer.Compare(Release, other.Release);
    }

    /// <summary>Compares with <paramref name="version"/> read in this version's scheme.</summary>
    /// <param name="version">The version text, such as <c>1.8.8</c> or <c>1.8.7-1ubuntu5.2</c>.</param>
    /// <returns>Negative, zero or positive as this version is older than, equal to or newer than it.</returns>
    /// <exception cref="VersionFormatException">The text is not a version of this scheme.</exception>
    public int CompareTo(string version) => CompareTo(Parse(Scheme, version));

    /// <summary>True when this version is older than <paramref name="version"/> (read in this version's scheme).</summary>
    /// <param name="version">The version text.</param>
    /// <returns>Whether it is older.</returns>
    public bool IsBefore(string version) => CompareTo(version) < 0;

    /// <summary>True when this version is <paramref name="version"/> or newer (read in this version's scheme).</summary>
    /// <param name="version">The version text.</param>
    /// <returns>Whether it is at least that.</returns>
    public bool IsAtLeast(string version) => CompareTo(version) >= 0;

    /// <summary>Equal in order (<c>1.0</c> and <c>1.00</c> are equal; so are RPM versions without and with a release).</summary>
    /// <param name="other">The other version.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(PackageVersion? other) => other is not null && other.Scheme == Scheme && CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PackageVersion other && Equals(other);

    /// <summary>A hash of the scheme and epoch only, as equal versions may be written differently.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Scheme, Epoch);

    /// <inheritdoc />
    public override string ToString() => Original;

    /// <summary>True when <paramref name="left"/> is older than <paramref name="right"/>.</summary>
    public static bool operator <(PackageVersion left, PackageVersion right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> is newer than <paramref name="right"/>.</summary>
    public static bool operator >(PackageVersion left, PackageVersion right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> is older than or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(PackageVersion left, PackageVersion right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> is newer than or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(PackageVersion left, PackageVersion right) => Compare(left, right) >= 0;

    private static int Compare(PackageVersion left, PackageVersion right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.CompareTo(right);
    }

    private static void Check(string text, string part, string allowed, string what)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !allowed.Contains(c, StringComparison.Ordinal))
            {
                throw new VersionFormatException(text, $"the {what} has the character '{c}', which is not allowed");
            }
        }
    }
}
