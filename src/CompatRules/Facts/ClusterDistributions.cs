namespace CompatRules.Facts;

/// <summary>The normalised names of Kubernetes distributions.</summary>
public static class ClusterDistributions
{
    /// <summary>Upstream Kubernetes installed with kubeadm or by hand.</summary>
    public const string Kubernetes = "kubernetes";

    /// <summary>Red Hat OpenShift (its version is the OCP version, such as 4.18.10).</summary>
    public const string OpenShift = "openshift";

    /// <summary>Rancher RKE2 (Harvester runs on it).</summary>
    public const string Rke2 = "rke2";

    /// <summary>k3s.</summary>
    public const string K3s = "k3s";

    /// <summary>k0s.</summary>
    public const string K0s = "k0s";

    /// <summary>Amazon EKS.</summary>
    public const string Eks = "eks";
}
