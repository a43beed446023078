using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derived: whether the kube-router image k0s runs is the build whose iptables always uses the legacy
/// backend (<c>v2.2.1-iptables1.8.9-0</c>, built without running <c>iptables-wrapper-installer.sh</c>), and on what evidence.</summary>
/// <param name="LegacyOnly">True for the legacy-only image.</param>
/// <param name="Basis">The evidence, in words: the image tag, or the k0s release as a fallback.</param>
public sealed record K0sKubeRouterImage(bool LegacyOnly, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:k0s-kube-router-image";

    /// <summary>The legacy-only kube-router image tag, as a range of one version.</summary>
    public const string LegacyOnlyTags = "[v2.2.1-iptables1.8.9-0,v2.2.1-iptables1.8.9-0]";

    /// <summary>The k0s releases that bundle it: v1.31.1+k0s.0 up to, not including, v1.31.3+k0s.0. Written without the
    /// <c>+k0s.N</c> counter so that the counter-less kubelet form (<c>v1.31.2+k0s</c>) matches as well.</summary>
    public const string AffectedK0sReleases = "[v1.31.1,v1.31.3)";

    /// <summary>The parsed <see cref="LegacyOnlyTags"/>.</summary>
    public static readonly VersionRange LegacyOnlyTagRange = VersionRange.Parse(LegacyOnlyTags);

    /// <summary>The parsed <see cref="AffectedK0sReleases"/>.</summary>
    public static readonly VersionRange AffectedK0sReleaseRange = VersionRange.Parse(AffectedK0sReleases);

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"k0s kube-router image {(LegacyOnly ? "is" : "is not")} the legacy-only build ({Basis})";
}
