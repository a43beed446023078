using CompatRules.Versions;

namespace CompatRules.Facts;

/// <summary>A package installed on the node's file system (under the host root), as its package database lists it.</summary>
/// <param name="Name">The package name, such as <c>iptables-nft</c> or <c>kernel-modules-extra</c>.</param>
/// <param name="Version">The version, ordered as the package manager orders it.</param>
/// <param name="Architecture">The architecture, such as <c>amd64</c>, <c>x86_64</c> or <c>noarch</c>; null when the database has none.</param>
/// <param name="Source">The database it was read from.</param>
/// <remarks>Several facts may share a key: a kernel package installed for several kernels, or a package of two
/// architectures (<c>libc6:amd64</c> and <c>libc6:i386</c>).</remarks>
public sealed record HostPackage(string Name, PackageVersion Version, string? Architecture, PackageSource Source) : Fact
{
    /// <summary>The prefix of every package fact key.</summary>
    public const string KeyPrefix = "package:";

    /// <inheritdoc />
    public override string Key => KeyFor(Name);

    /// <inheritdoc />
    public override string Describe() => $"package {Name} {Version.Original}{(Architecture is null ? string.Empty : " " + Architecture)} ({Source.ToString().ToLowerInvariant()})";

    /// <summary>The fact key for a package, such as <c>package:iptables</c>.</summary>
    /// <param name="name">The package name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string name) => KeyPrefix + name;
}
