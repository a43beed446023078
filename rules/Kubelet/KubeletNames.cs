namespace CompatRules.BuiltIn.Kubelet;

/// <summary>The kubelet as the rules name it: its version is the cluster fact's Kubernetes version (the node's
/// <c>kubeletVersion</c>), since the kubelet is a host process and not a container the collectors see.</summary>
internal static class KubeletNames
{
    /// <summary>The component name of the kubelet in rule metadata and <c>[Affects]</c>.</summary>
    public const string Kubelet = "kubelet";
}
