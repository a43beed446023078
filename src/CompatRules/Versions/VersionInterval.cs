namespace CompatRules.Versions;

/// <summary>
/// One window of versions in interval notation: <c>[1.26.0,1.30.0)</c> is 1.26.0 ≤ v &lt; 1.30.0; an empty bound
/// is unbounded (<c>(,3.20.0)</c>, <c>[1.14.0,)</c>).
/// </summary>
/// <remarks>Bounds compare with <see cref="SoftwareVersion"/> order, so a build of the upper bound
/// (<c>1.30.0+rke2r1</c>) is outside <c>[1.26.0,1.30.0)</c> and a pre-release of it (<c>1.30.0-rc.1</c>) is inside.</remarks>
/// <param name="Minimum">The lower bound, or <see langword="null"/> when unbounded.</param>
/// <param name="IncludesMinimum">True when the lower bound itself is in the window.</param>
/// <param name="Maximum">The upper bound, or <see langword="null"/> when unbounded.</param>
/// <param name="IncludesMaximum">True when the upper bound itself is in the window.</param>
public sealed record VersionInterval(SoftwareVersion? Minimum, bool IncludesMinimum, SoftwareVersion? Maximum, bool IncludesMaximum)
{
    /// <summary>Tests whether <paramref name="version"/> lies in this window.</summary>
    /// <param name="version">The version to test.</param>
    /// <returns>True when the version is within both bounds.</returns>
    public bool Contains(SoftwareVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (Minimum is not null)
        {
            var c = version.CompareTo(Minimum);
            if (c < 0 || (c == 0 && !IncludesMinimum))
            {
                return false;
            }
        }

        if (Maximum is not null)
        {
            var c = version.CompareTo(Maximum);
            if (c > 0 || (c == 0 && !IncludesMaximum))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The window in interval notation, such as <c>[1.26.0,1.30.0)</c>.</summary>
    /// <returns>The notation.</returns>
    public override string ToString()
        => $"{(IncludesMinimum ? '[' : '(')}{Minimum?.Original}{(Minimum is not null && Maximum is not null && Minimum == Maximum && IncludesMinimum && IncludesMaximum ? string.Empty : "," + Maximum?.Original)}{(IncludesMaximum ? ']' : ')')}";
}
