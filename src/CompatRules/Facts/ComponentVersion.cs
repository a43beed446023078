using CompatRules.Versions;

namespace CompatRules.Facts;

/// <summary>A networking or platform component present on the node or cluster, and its version.</summary>
/// <param name="Component">The normalised component name, one of <see cref="ComponentNames"/> or your own.</param>
/// <param name="Version">The version, or null when what was seen is not a version (an image tag <c>latest</c>).</param>
/// <param name="Image">The container image reference the version was read from, or null.</param>
public sealed record ComponentVersion(string Component, SoftwareVersion? Version, string? Image = null) : Fact
{
    /// <summary>The prefix of every component fact key.</summary>
    public const string KeyPrefix = "component:";

    /// <inheritdoc />
    public override string Key => KeyFor(Component);

    /// <inheritdoc />
    public override string Describe() => $"{Component} {Version?.Original ?? "(version unknown)"}";

    /// <summary>The fact key for <paramref name="component"/>, such as <c>component:calico</c>.</summary>
    /// <param name="component">The normalised component name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string component) => KeyPrefix + component;

    /// <summary>Creates the fact from a version string such as <c>v3.28.0</c>.</summary>
    /// <param name="component">The normalised component name.</param>
    /// <param name="version">The version text.</param>
    /// <param name="image">The image reference, or null.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="VersionFormatException">The text is not a version.</exception>
    public static ComponentVersion Of(string component, string version, string? image = null)
        => new(component, SoftwareVersion.Parse(version), image);
}
