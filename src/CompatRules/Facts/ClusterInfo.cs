using CompatRules.Versions;

namespace CompatRules.Facts;

/// <summary>The cluster the node belongs to: its Kubernetes version and distribution.</summary>
/// <param name="KubernetesVersion">The Kubernetes version (the kubelet's <c>gitVersion</c>), or null.</param>
/// <param name="Distribution">The distribution, one of <see cref="ClusterDistributions"/> or your own.</param>
/// <param name="DistributionVersion">The distribution's own version (OpenShift <c>4.18.10</c>, k0s <c>v1.31.2+k0s.0</c>), or null.</param>
public sealed record ClusterInfo(SoftwareVersion? KubernetesVersion, string Distribution, SoftwareVersion? DistributionVersion = null) : Fact
{
    /// <summary>The key of the cluster fact.</summary>
    public const string FactKey = "cluster";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"{Distribution}{(DistributionVersion is null ? string.Empty : " " + DistributionVersion.Original)} (Kubernetes {KubernetesVersion?.Original ?? "version unknown"})";

    /// <summary>True when the distribution is <paramref name="distribution"/>, ignoring case.</summary>
    /// <param name="distribution">A distribution name such as <see cref="ClusterDistributions.OpenShift"/>.</param>
    /// <returns>Whether it matches.</returns>
    public bool Is(string distribution) => string.Equals(Distribution, distribution, StringComparison.OrdinalIgnoreCase);
}
