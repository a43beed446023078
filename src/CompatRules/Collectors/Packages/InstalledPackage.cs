namespace CompatRules.Collectors.Packages;

/// <summary>One installed package as a package database lists it, before it becomes a fact.</summary>
/// <param name="Name">The package name.</param>
/// <param name="Version">The version as written (dpkg) or built from EPOCH:VERSION-RELEASE (RPM).</param>
/// <param name="Architecture">The architecture, or null.</param>
/// <param name="Line">Where it is: the line of its <c>Package:</c> field (dpkg) or its header number (RPM).</param>
internal sealed record InstalledPackage(string Name, Versions.PackageVersion Version, string? Architecture, long Line);
