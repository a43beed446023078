namespace CompatRules.Versions;

/// <summary>How a distribution package's version is written and ordered.</summary>
public enum PackageVersionScheme
{
    /// <summary>Debian's <c>[epoch:]upstream[-revision]</c>, ordered as <c>dpkg --compare-versions</c> does.</summary>
    Dpkg,

    /// <summary>RPM's epoch, version and release (EVR), ordered as <c>rpmvercmp</c> / <c>rpmdev-vercmp</c> do.</summary>
    Rpm,
}
