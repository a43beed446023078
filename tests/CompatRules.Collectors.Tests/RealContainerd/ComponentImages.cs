namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>The test's images and pods: a pause image for the sandboxes, and Calico and kube-proxy as kubeadm
/// and the Calico manifest run them (names, images, command lines and environment of the real DaemonSets).</summary>
internal static class ComponentImages
{
    public const string Calico = "docker.io/calico/node:v3.28.1";
    public const string KubeProxy = "registry.k8s.io/kube-proxy:v1.29.3";
    public const string KubeOvn = "docker.io/kubeovn/kube-ovn:v1.14.0";

    /// <summary>Where kube-proxy's KubeProxyConfiguration is inside its container (kubeadm's <c>--config</c>).</summary>
    public const string KubeProxyConfig = "/var/lib/kube-proxy/config.conf";

    /// <summary>Every image, the pause image first (the CRI plugin needs it before any pod).</summary>
    public static IReadOnlyList<BusyboxImage> All { get; } =
    [
        new(PrivateContainerd.PauseImage, ["/pause"], [("/pause", BusyboxImage.SleepForever, true)]),
        new(Calico, ["/usr/sbin/start_runit"], [("/usr/sbin/start_runit", BusyboxImage.SleepForever, true)]),
        // kubeadm's kube-proxy reads its ConfigMap through a volume; here the file is in the image, so the collector
        // reads it through the running task's own root file system (the bundle's live rootfs mount).
        new(KubeProxy, ["/usr/local/bin/kube-proxy"],
        [
            ("/usr/local/bin/kube-proxy", BusyboxImage.SleepForever, true),
            (KubeProxyConfig, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kube-proxy", "kubeadm-config.conf")), false),
        ]),
        // The chart runs "bash /kube-ovn/start-cniserver.sh"; busybox has no bash, so "bash" here is the sleeper.
        new(KubeOvn, ["/kube-ovn/start-cniserver.sh"], [("/bin/bash", BusyboxImage.SleepForever, true), ("/kube-ovn/start-cniserver.sh", BusyboxImage.SleepForever, true)]),
    ];

    /// <summary>calico-node as the Calico manifest runs it: the image's entrypoint, settings in the environment.</summary>
    public static TestPod CalicoNode { get; } = new("kube-system", "calico-node-x7k2p",
    [
        new("calico-node", Calico, [], [],
        [
            new("DATASTORE_TYPE", "kubernetes"),
            new("CALICO_NETWORKING_BACKEND", "bird"),
            new("CALICO_IPV4POOL_IPIP", "Always"),
            new("CALICO_IPV4POOL_VXLAN", "Never"),
            new("FELIX_IPTABLESBACKEND", "NFT"),
            new("CALICO_API_TOKEN", "not-for-snapshots"),
        ]),
    ]);

    /// <summary>kube-proxy as kubeadm's DaemonSet runs it: <c>--config</c> and <c>--hostname-override</c>.</summary>
    public static TestPod KubeProxyPod { get; } = new("kube-system", "kube-proxy-7hx4k",
    [
        new("kube-proxy", KubeProxy, ["/usr/local/bin/kube-proxy", $"--config={KubeProxyConfig}", "--hostname-override=worker-1"], [], [new("NODE_NAME", "worker-1")]),
    ]);

    /// <summary>Kube-OVN's cni-server with its tproxy flag, the pod the test stops again.</summary>
    public static TestPod KubeOvnCni { get; } = new("kube-system", "kube-ovn-cni-5lq9d",
    [
        new("cni-server", KubeOvn, ["bash", "/kube-ovn/start-cniserver.sh"], ["--enable-tproxy=true", "--encap-checksum=true"], []),
    ]);
}
