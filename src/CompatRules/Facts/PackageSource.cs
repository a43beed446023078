namespace CompatRules.Facts;

/// <summary>The package database a <see cref="HostPackage"/> was read from.</summary>
public enum PackageSource
{
    /// <summary>dpkg's <c>/var/lib/dpkg/status</c> (Debian, Ubuntu); versions are <see cref="Versions.PackageVersionScheme.Dpkg"/>.</summary>
    Dpkg,

    /// <summary>RPM's <c>rpmdb.sqlite</c> (RHEL 9+, Fedora, Amazon Linux 2023, openSUSE); versions are <see cref="Versions.PackageVersionScheme.Rpm"/>.</summary>
    Rpm,
}
