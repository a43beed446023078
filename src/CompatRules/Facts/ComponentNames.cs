namespace CompatRules.Facts;

/// <summary>The normalised names of the components the built-in rules know.</summary>
public static class ComponentNames
{
    /// <summary>Kube-OVN (<c>kube-ovn-cni</c>, <c>kube-ovn-controller</c>).</summary>
    public const string KubeOvn = "kube-ovn";

    /// <summary>Calico (<c>calico-node</c>, felix, <c>calico-kube-controllers</c>).</summary>
    public const string Calico = "calico";

    /// <summary>Kubernetes kube-proxy.</summary>
    public const string KubeProxy = "kube-proxy";

    /// <summary>Spiderpool.</summary>
    public const string Spiderpool = "spiderpool";

    /// <summary>Submariner (gateway, route-agent).</summary>
    public const string Submariner = "submariner";

    /// <summary>kube-router, standalone or as k0s's bundled CNI.</summary>
    public const string KubeRouter = "kube-router";

    /// <summary>The k0s distribution itself (its release, such as <c>v1.31.2+k0s.0</c>).</summary>
    public const string K0s = "k0s";

    /// <summary>OVN-Kubernetes.</summary>
    public const string OvnKubernetes = "ovn-kubernetes";

    /// <summary>Cilium (the <c>cilium-agent</c> DaemonSet).</summary>
    public const string Cilium = "cilium";

    /// <summary>Flannel (<c>flanneld</c>).</summary>
    public const string Flannel = "flannel";

    /// <summary>MetalLB (speaker and controller).</summary>
    public const string MetalLb = "metallb";

    /// <summary>Antrea (<c>antrea-agent</c>, <c>antrea-controller</c>).</summary>
    public const string Antrea = "antrea";
}
