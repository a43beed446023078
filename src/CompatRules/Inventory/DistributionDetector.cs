using System.Text.RegularExpressions;
using CompatRules.Facts;
using CompatRules.Versions;
using CompatRules.Text;

namespace CompatRules.Inventory;

/// <summary>Decides a node's Kubernetes distribution and its version from the kubelet version, OS image, runtime
/// version, labels and cluster-wide hints (inventory.md §2.3, §2.4, §4.8).</summary>
/// <remarks>Order: kubelet build suffixes (<c>+rke2</c>, <c>+k3s</c>, <c>+k0s</c>), then OpenShift (RHCOS image,
/// <c>rhaos4.NN</c> in the CRI-O version, the <c>node.openshift.io/os_id</c> label or <c>openshift-*</c> namespaces),
/// then EKS (<c>-eks-</c>), then k0s markers (role label, <c>k0sproject/</c> images), else plain Kubernetes.
/// <c>kubeProxyVersion</c> is never read (§2.2).</remarks>
internal static partial class DistributionDetector
{
    private const string KubeletField = "status.nodeInfo.kubeletVersion";

    public static ClusterInfo Detect(NodeRecord node, ClusterHints hints)
    {
        var kubelet = node.KubeletVersion;
        SoftwareVersion.TryParse(kubelet, out var kubernetes);
        var nodeRef = InventoryProvenance.NodeRef(node.Name);

        foreach (var (marker, distribution) in new[] { ("+rke2", ClusterDistributions.Rke2), ("+k3s", ClusterDistributions.K3s), ("+k0s", ClusterDistributions.K0s) })
        {
            if (kubelet is not null && kubelet.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                var detail = distribution == ClusterDistributions.K0s
                    ? $"'{marker}' in the kubelet version; the k0s release counter (+k0s.N) is not visible on nodes"
                    : $"'{marker}' in the kubelet version, which is the {distribution} release";
                return new ClusterInfo(kubernetes, distribution, kubernetes) { Provenance = InventoryProvenance.At(nodeRef, KubeletField, detail) };
            }
        }

        if (OpenShiftEvidence(node, hints) is { } openShift)
        {
            var (version, provenance) = OpenShiftVersion(node, hints, openShift);
            return new ClusterInfo(kubernetes, ClusterDistributions.OpenShift, version) { Provenance = provenance };
        }

        if (kubelet is not null && kubelet.Contains("-eks-", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterInfo(kubernetes, ClusterDistributions.Eks) { Provenance = InventoryProvenance.At(nodeRef, KubeletField, "'-eks-' in the kubelet version") };
        }

        if (node.HasK0sRoleLabel || node.RunsK0sImages)
        {
            var why = node.HasK0sRoleLabel ? "label node.k0sproject.io/role" : "k0sproject images on the node";
            return new ClusterInfo(kubernetes, ClusterDistributions.K0s) { Provenance = InventoryProvenance.At(nodeRef, KubeletField, $"k0s from {why}") };
        }

        return new ClusterInfo(kubernetes, ClusterDistributions.Kubernetes)
        {
            Provenance = InventoryProvenance.At(nodeRef, KubeletField, "no distribution marker found"),
        };
    }

    private static string? OpenShiftEvidence(NodeRecord node, ClusterHints hints)
    {
        if (node.OsImage is { } image && image.StartsWith("Red Hat Enterprise Linux CoreOS", StringComparison.OrdinalIgnoreCase))
        {
            return $"osImage {InputEcho.Quote(image)}";
        }

        if (node.ContainerRuntimeVersion is { } runtime && RhaosToken().IsMatch(runtime))
        {
            return $"containerRuntimeVersion '{runtime}'";
        }

        if (node.OpenShiftOsIdLabel is { } osId)
        {
            return $"label node.openshift.io/os_id={osId}";
        }

        return hints.HasOpenShiftNamespaces ? "openshift-* namespaces in the inventory" : null;
    }

    private static (SoftwareVersion? Version, Provenance Provenance) OpenShiftVersion(NodeRecord node, ClusterHints hints, string evidence)
    {
        var nodeRef = InventoryProvenance.NodeRef(node.Name);
        if (hints.OpenShiftRelease is { } release)
        {
            return (release.Version, release.Provenance with { Detail = $"openshift from {evidence}; release {release.Version} ({release.Provenance.Detail})" });
        }

        if (node.OsImage is { } image && OsImageClassifier.OpenShiftMinorFromRhcos(image) is { } fromImage)
        {
            return (SoftwareVersion.Parse(fromImage), InventoryProvenance.At(nodeRef, "status.nodeInfo.osImage", $"openshift from {evidence}; {fromImage} from the RHCOS build number (OpenShift <= 4.18)"));
        }

        if (node.ContainerRuntimeVersion is { } runtime && RhaosToken().Match(runtime) is { Success: true } match)
        {
            var minor = $"4.{match.Groups[1].Value}";
            return (SoftwareVersion.Parse(minor), InventoryProvenance.At(nodeRef, "status.nodeInfo.containerRuntimeVersion", $"openshift from {evidence}; {minor} from the rhaos token"));
        }

        return (null, InventoryProvenance.At(nodeRef, KubeletField, $"openshift from {evidence}; version not visible"));
    }

    [GeneratedRegex(@"rhaos4\.(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex RhaosToken();
}
