using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Inventory;

/// <summary>What the inventory says about the whole cluster rather than one node.</summary>
internal sealed class ClusterHints
{
    /// <summary>True when any object lives in an <c>openshift-*</c> namespace.</summary>
    public bool HasOpenShiftNamespaces { get; set; }

    /// <summary>The OpenShift release from the network operator's <c>RELEASE_VERSION</c> or OVN-Kubernetes'
    /// <c>release.openshift.io/version</c> annotation (inventory.md §4.8), with where it was read.</summary>
    public (SoftwareVersion Version, Provenance Provenance)? OpenShiftRelease { get; set; }

    /// <summary>Components of cluster-wide Deployments (controllers, operators), given to every node.</summary>
    public List<ComponentVersion> ClusterComponents { get; } = [];

    private readonly HashSet<(string, string?)> _seen = [];

    public void AddClusterComponent(ComponentVersion component)
    {
        if (_seen.Add((component.Component, component.Version?.Original)))
        {
            ClusterComponents.Add(component);
        }
    }
}
