using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Recognises the components the rules know from a container's image and name (inventory.md §4).</summary>
/// <remarks>Matching is on the repository path's last components, so mirrors (<c>registry.example.com:5000/calico/node</c>)
/// and the Docker Hub spellings (<c>index.docker.io</c>) match alike. The Tigera operator image is deliberately
/// absent: its version is not Calico's.</remarks>
internal static class ComponentCatalog
{
    private static readonly (string PathSuffix, ComponentImage Image)[] BySuffix =
    [
        ("calico/node", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/cni", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/kube-controllers", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/typha", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/pod2daemon-flexvol", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/csi", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("calico/node-driver-registrar", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("k0sproject/calico-node", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("k0sproject/calico-cni", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("k0sproject/calico-kube-controllers", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("hardened-calico", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("mirrored-calico-node", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("mirrored-calico-cni", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("mirrored-calico-kube-controllers", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("mirrored-calico-typha", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("mirrored-calico-pod2daemon-flexvol", new(ComponentNames.Calico, TagPolicy.Calico)),
        ("kube-ovn", new(ComponentNames.KubeOvn, TagPolicy.Standard)),
        ("k0sproject/kube-proxy", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy-amd64", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy-arm64", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy-arm", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy-ppc64le", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("kube-proxy-s390x", new(ComponentNames.KubeProxy, TagPolicy.KubeProxy)),
        ("spiderpool-agent", new(ComponentNames.Spiderpool, TagPolicy.Standard)),
        ("spiderpool-controller", new(ComponentNames.Spiderpool, TagPolicy.Standard)),
        ("submariner-gateway", new(ComponentNames.Submariner, TagPolicy.Standard)),
        ("submariner-route-agent", new(ComponentNames.Submariner, TagPolicy.Standard)),
        ("submariner-globalnet", new(ComponentNames.Submariner, TagPolicy.Standard)),
        ("submariner-operator", new(ComponentNames.Submariner, TagPolicy.Standard)),
        ("kube-router", new(ComponentNames.KubeRouter, TagPolicy.WholeTag)),
        ("ovn-kube-ubuntu", new(ComponentNames.OvnKubernetes, TagPolicy.Standard)),
        ("ovn-kube-fedora", new(ComponentNames.OvnKubernetes, TagPolicy.Standard)),
        ("ovn-kubernetes", new(ComponentNames.OvnKubernetes, TagPolicy.Standard)),
        ("cilium/cilium", new(ComponentNames.Cilium, TagPolicy.Standard)),
        ("mirrored-cilium-cilium", new(ComponentNames.Cilium, TagPolicy.Standard)),
        ("flannel/flannel", new(ComponentNames.Flannel, TagPolicy.Standard)),
        ("flannelcni/flannel", new(ComponentNames.Flannel, TagPolicy.Standard)),
        ("coreos/flannel", new(ComponentNames.Flannel, TagPolicy.Standard)),
        ("mirrored-flannelcni-flannel", new(ComponentNames.Flannel, TagPolicy.Standard)),
        ("metallb/speaker", new(ComponentNames.MetalLb, TagPolicy.Standard)),
        ("metallb/controller", new(ComponentNames.MetalLb, TagPolicy.Standard)),
        ("antrea/antrea-agent-ubuntu", new(ComponentNames.Antrea, TagPolicy.Standard)),
        ("antrea/antrea-agent-ubi", new(ComponentNames.Antrea, TagPolicy.Standard)),
        ("antrea/antrea-controller-ubuntu", new(ComponentNames.Antrea, TagPolicy.Standard)),
        ("antrea/antrea-ubuntu", new(ComponentNames.Antrea, TagPolicy.Standard)),
    ];

    /// <summary>The component of a container, or null when it is none the rules know.</summary>
    /// <param name="image">The container's image.</param>
    /// <param name="containerName">The container name: RKE2's <c>hardened-kubernetes</c> image runs every control-plane
    /// binary, so only its <c>kube-proxy</c> container is kube-proxy; OpenShift's OVN-Kubernetes images are payload
    /// digests named only by their container.</param>
    /// <param name="podNamespace">The pod's namespace.</param>
    public static ComponentImage? Match(ImageReference image, string containerName, string? podNamespace)
    {
        foreach (var (suffix, component) in BySuffix)
        {
            if (image.EndsWithPath(suffix))
            {
                return component;
            }
        }

        if (image.EndsWithPath("hardened-kubernetes") && containerName == "kube-proxy")
        {
            return new ComponentImage(ComponentNames.KubeProxy, TagPolicy.KubeProxy);
        }

        if (podNamespace == "openshift-ovn-kubernetes" && containerName is "ovnkube-controller" or "ovnkube-node")
        {
            return new ComponentImage(ComponentNames.OvnKubernetes, TagPolicy.Standard);
        }

        return null;
    }
}
