using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Rules.Tests;

/// <summary>Host package facts as the dpkg and rpm collectors report them.</summary>
internal static class PackageFacts
{
    /// <summary>A package from /var/lib/dpkg/status, such as <c>iptables 1.8.7-1</c>.</summary>
    public static HostPackage Dpkg(string name, string version) => new(name, PackageVersion.ParseDpkg(version), "amd64", PackageSource.Dpkg);

    /// <summary>A package from the rpm database, such as <c>iptables-nft 1.8.8-6.el9</c>.</summary>
    public static HostPackage Rpm(string name, string version) => new(name, PackageVersion.ParseRpm(version), "x86_64", PackageSource.Rpm);

    /// <summary>The package collector's word that the package databases were read: a missing package is not installed.</summary>
    public static CollectionStatus PackagesCollected() => new("package:*", CollectionState.Collected);

    /// <summary>The package collector's word that it found no database it reads.</summary>
    public static CollectionStatus PackagesNotCollected() => new("package:*", CollectionState.NotCollected, "only a Berkeley DB Packages file");
}
