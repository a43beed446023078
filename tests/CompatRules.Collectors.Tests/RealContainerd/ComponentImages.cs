namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>The test's images and pods: a pause image for the sandboxes, and Calico and kube-proxy as kubeadm
/// and the Calico manifest run them (names, images, command lines and environment of the real DaemonSets).</summary>
internal static class ComponentImages
{
    public const string Calico = "docker.io/calico/node:v3.28.1";
    public const string KubeProxy = "registry.k8s.io/kube-proxy:v1.29.3";
    public const string KubeOvn = "docker.io/kubeovn/kube-ovn:v1.14.0";

    /// <summary>Where kube-proxy's KubeProxyConfiguration is inside its container (kubeadm's <c>--config</c>), on
    /// the ConfigMap volume mounted at <see cref="KubeProxyConfigDirectory"/>.</summary>
    public const string KubeProxyConfig = "/var/lib/kube-proxy/config.conf";

    /// <summary>Where kubeadm mounts the <c>kube-proxy</c> ConfigMap.</summary>
    public const string KubeProxyConfigDirectory = "/var/lib/kube-proxy";

    /// <summary>A KubeProxyConfiguration inside the kube-proxy image itself, read through the task's rootfs.</summary>
    public const string InImageConfig = "/etc/kube-proxy/config.conf";

    /// <summary>kubeadm's KubeProxyConfiguration (mode ipvs, strictARP), the kube-proxy ConfigMap's <c>config.conf</c>.</summary>
    public static string KubeadmConfig { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "kube-proxy", "kubeadm-config.conf"));

    /// <summary>Every image, the pause image first (the CRI plugin needs it before any pod).</summary>
    public static IReadOnlyList<BusyboxImage> All { get; } =
    [
        new(PrivateContainerd.PauseImage, ["/pause"], [("/pause", BusyboxImage.SleepForever, true)]),
        new(Calico, ["/usr/sbin/start_runit"], [("/usr/sbin/start_runit", BusyboxImage.SleepForever, true)]),
        new(KubeProxy, ["/usr/local/bin/kube-proxy"],
        [
            ("/usr/local/bin/kube-proxy", BusyboxImage.SleepForever, true),
            (InImageConfig, "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: nftables\n", false),
        ]),
        // The chart runs "bash /kube-ovn/start-cniserver.sh"; busybox has no bash, so "bash" here is the sleeper.
        new(KubeOvn, ["/kube-ovn/start-cniserver.sh"], [("/bin/bash", BusyboxImage.SleepForever, true), ("/kube-ovn/start-cniserver.sh", BusyboxImage.SleepForever, true)]),
    ];

    /// <summary>calico-node as the Calico manifest runs it: the image's entrypoint, settings in the environment.</summary>
    public static TestPod CalicoNode { get; } = new("kube-system", "calico-node-x7k2p", "0b6f3d2e-1a4c-4e8b-9d7f-2c5a8e1b3f60",
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

    /// <summary>kube-proxy as kubeadm's DaemonSet runs it: <c>--config</c> on the mounted <c>kube-proxy</c>
    /// ConfigMap and <c>--hostname-override</c>; the volume is <paramref name="configVolume"/>.</summary>
    public static TestPod KubeProxyPod(string configVolume) => new("kube-system", "kube-proxy-7hx4k", KubeProxyUid,
    [
        new("kube-proxy", KubeProxy, ["/usr/local/bin/kube-proxy", $"--config={KubeProxyConfig}", "--hostname-override=worker-1"], [], [new("NODE_NAME", "worker-1")])
        {
            Mounts = [(KubeProxyConfigDirectory, configVolume)],
        },
    ]);

    /// <summary>The kubeadm kube-proxy pod's uid, which names its volume directory.</summary>
    public const string KubeProxyUid = "8c5b6a3e-4f1d-4a7e-9b2c-3d4e5f6a7b8c";

    /// <summary>A second kube-proxy whose <c>--config</c> is a file of its image (mode nftables), the pod a test
    /// starts and removes again.</summary>
    public static TestPod InImageKubeProxy { get; } = new("kube-system", "kube-proxy-stale-q2w8e", "5e1d7c3b-9a2f-4b6e-8d0c-7f3a1e5b9c24",
    [
        new("kube-proxy", KubeProxy, ["/usr/local/bin/kube-proxy", $"--config={InImageConfig}"], [], []),
    ]);

    /// <summary>Kube-OVN's cni-server with its tproxy flag, the pod the test stops again.</summary>
    public static TestPod KubeOvnCni { get; } = new("kube-system", "kube-ovn-cni-5lq9d", "9d4c2b7a-3e8f-4a1d-b6c5-0e2f7a9d3b81",
    [
        new("cni-server", KubeOvn, ["bash", "/kube-ovn/start-cniserver.sh"], ["--enable-tproxy=true", "--encap-checksum=true"], []),
    ]);
}
