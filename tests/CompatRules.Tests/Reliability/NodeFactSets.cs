using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Tests.Reliability;

/// <summary>A mix of node fact sets that between them make the built-in rules Affected, NotAffected, NotApplicable
/// and Unknown: the workload of the fault and concurrency tests.</summary>
internal static class NodeFactSets
{
    public static IReadOnlyList<FactSet> All { get; } =
    [
        ModernNode(),
        OldCentOsIpvsNode(),
        KubeOvnTproxyNode(),
        CalicoVxlanOldKernelNode(),
        K0sOnRhelNode(),
        FailedCollectionNode(),
        FactSet.Create("empty", []),
    ];

    private static FactSet ModernNode() => FactSet.Create("modern",
    [
        new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.1 LTS", ["debian"]),
        KernelInfo.FromRelease("6.8.0-31-generic", "x86_64"),
        ComponentVersion.Of(ComponentNames.Calico, "v3.29.1", "quay.io/calico/node:v3.29.1"),
        new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"),
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.31.2", "registry.k8s.io/kube-proxy:v1.31.2"),
        new ComponentSetting(ComponentNames.KubeProxy, "mode", "iptables"),
        new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT"], "iptables-wrappers: hint chain in nft"),
        new KernelModules(ImmutableDictionary<string, ModuleEvidence>.Empty.Add("nf_tables", ModuleEvidence.Loaded).Add("ip_tables", ModuleEvidence.Loaded)),
        new NetworkInterface("vxlan.calico", "vxlan", "ens3", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", true)),
    ]);

    private static FactSet OldCentOsIpvsNode() => FactSet.Create("centos7-ipvs",
    [
        new OsRelease("centos", "7", "CentOS Linux 7 (Core)", ["rhel", "fedora"]),
        KernelInfo.FromRelease("3.10.0-1160.el7.x86_64", "x86_64"),
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.22.4", "registry.k8s.io/kube-proxy:v1.22.4"),
        new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs"),
        new Sysctl("net.ipv4.vs.conn_reuse_mode", "1"),
        new IptablesMode(IptablesBackend.Legacy, ["legacy mangle table has chain KUBE-KUBELET-CANARY"], "iptables-wrappers: canary in legacy"),
        ComponentVersion.Of(ComponentNames.Calico, "v3.20.0", "docker.io/calico/node:v3.20.0"),
        new ComponentSetting(ComponentNames.Calico, "encapsulation", "IPIP"),
        new CollectionStatus(NetworkInterface.KeyPrefix + "*", CollectionState.Collected),
    ]);

    private static FactSet KubeOvnTproxyNode() => FactSet.Create("kube-ovn-tproxy",
    [
        new OsRelease("ubuntu", "22.04", "Ubuntu 22.04.4 LTS", ["debian"]),
        KernelInfo.FromRelease("5.15.0-125-generic", "x86_64"),
        ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0"),
        new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"),
        new SocketCapability(SocketProbes.MptcpIpTransparent, ProbeResult.Unsupported, 95),
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.30.0", "registry.k8s.io/kube-proxy:v1.30.0"),
        new ComponentSetting(ComponentNames.KubeProxy, "mode", "iptables"),
    ]);

    private static FactSet CalicoVxlanOldKernelNode() => FactSet.Create("calico-vxlan-5.4",
    [
        new OsRelease("ubuntu", "20.04", "Ubuntu 20.04.6 LTS", ["debian"]),
        KernelInfo.FromRelease("5.4.0-200-generic", "x86_64"),
        ComponentVersion.Of(ComponentNames.Calico, "v3.26.0", "docker.io/calico/node:v3.26.0"),
        new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"),
        new NetworkInterface("vxlan.calico", "vxlan", "eth0", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", true)),
        new Sysctl("net.ipv4.vs.conn_reuse_mode", "0"),
    ]);

    private static FactSet K0sOnRhelNode() => FactSet.Create("k0s-rhel9",
    [
        new OsRelease("rhel", "9.4", "Red Hat Enterprise Linux 9.4 (Plow)", ["fedora"]),
        KernelInfo.FromRelease("5.14.0-427.13.1.el9_4.x86_64", "x86_64"),
        ComponentVersion.Of(ComponentNames.K0s, "v1.28.4+k0s.0"),
        ComponentVersion.Of(ComponentNames.KubeRouter, "v1.5.1", "quay.io/k0sproject/kube-router:v1.5.1-iptables1.8.7-0"),
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.28.4", "quay.io/k0sproject/kube-proxy:v1.28.4"),
        new ComponentSetting(ComponentNames.KubeProxy, "mode", "iptables"),
    ]);

    private static FactSet FailedCollectionNode() => FactSet.Create("failed-collection",
    [
        ComponentVersion.Of(ComponentNames.Calico, "v3.25.0", "docker.io/calico/node:v3.25.0"),
        new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"),
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.29.0", "registry.k8s.io/kube-proxy:v1.29.0"),
        new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs"),
        new CollectionStatus(KernelInfo.FactKey, CollectionState.Error, "uname(2) failed: EFAULT"),
        new CollectionStatus(OsRelease.FactKey, CollectionState.PermissionDenied, "/etc/os-release: EACCES"),
        new CollectionStatus(IptablesMode.FactKey, CollectionState.PermissionDenied, "nft: EPERM"),
        new CollectionStatus("sysctl:*", CollectionState.NotLinux, "the host is not Linux"),
    ]);
}
