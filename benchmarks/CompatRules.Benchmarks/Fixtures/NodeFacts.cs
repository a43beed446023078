using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Benchmarks.Fixtures;

/// <summary>Realistic node fact sets: what a full local collection returns on a node running every component.</summary>
public static class NodeFacts
{
    /// <summary>A node with Kube-OVN, Calico, kube-proxy and k0s/kube-router, in versions that trip several rules, and
    /// everything a collection adds around them (modules, sysctls, interfaces, probes, statuses): about 60 facts.</summary>
    /// <returns>The fact set.</returns>
    public static FactSet Realistic() => FactSet.Create("bench-node-1", RealisticFacts());

    /// <summary>The realistic node padded with distinct sysctl facts to exactly <paramref name="count"/> facts (or
    /// trimmed to its core facts when <paramref name="count"/> is smaller).</summary>
    /// <param name="count">The number of facts wanted.</param>
    /// <returns>The fact set.</returns>
    public static FactSet WithCount(int count)
    {
        var facts = RealisticFacts();
        if (count < facts.Count)
        {
            return FactSet.Create("bench-node-n", facts.Take(count));
        }

        for (var i = facts.Count; i < count; i++)
        {
            facts.Add(new Sysctl($"net.bench.padding_{i}", "1"));
        }

        return FactSet.Create("bench-node-n", facts);
    }

    /// <summary>The facts of <see cref="Realistic"/>, core facts (the ones the rules read) first.</summary>
    /// <returns>A new list.</returns>
    public static List<Fact> RealisticFacts()
    {
        var on = ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", true).Add("tx-udp_tnl-segmentation", true);
        var modules = ImmutableDictionary<string, ModuleEvidence>.Empty;
        foreach (var name in new[] { "nf_tables", "ip_tables", "x_tables", "nf_conntrack", "nf_nat", "vxlan", "ipip", "ip_vs", "br_netfilter", "overlay", "xt_TPROXY", "mptcp_diag" })
        {
            modules = modules.Add(name, ModuleEvidence.Loaded);
        }

        var config = ImmutableDictionary<string, string>.Empty
            .Add("CONFIG_MPTCP", "y").Add("CONFIG_NF_TABLES", "m").Add("CONFIG_IP_NF_IPTABLES", "m").Add("CONFIG_VXLAN", "m").Add("CONFIG_NETFILTER_XT_TARGET_TPROXY", "m");
        var facts = new List<Fact>
        {
            new OsRelease("ubuntu", "22.04", "Ubuntu 22.04.5 LTS", ["debian"]),
            KernelInfo.FromRelease("5.15.0-124-generic", "x86_64"),
            new KernelModules(modules),
            new KernelConfig(config),
            new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT"], "iptables-wrappers: hint chain in nft"),
            ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0", "docker.io/kubeovn/kube-ovn:v1.14.0"),
            new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"),
            ComponentVersion.Of(ComponentNames.Calico, "v3.25.1", "quay.io/calico/node:v3.25.1"),
            new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"),
            ComponentVersion.Of(ComponentNames.KubeProxy, "v1.29.0", "registry.k8s.io/kube-proxy:v1.29.0"),
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "nftables"),
            ComponentVersion.Of(ComponentNames.K0s, "v1.31.2+k0s.0"),
            ComponentVersion.Of(ComponentNames.KubeRouter, "v2.2.1-iptables1.8.9-0", "quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0"),
            new SocketCapability(SocketProbes.Mptcp, ProbeResult.Supported),
            new SocketCapability(SocketProbes.MptcpIpv6, ProbeResult.Supported),
            new SocketCapability(SocketProbes.TcpIpTransparent, ProbeResult.Supported),
            new SocketCapability(SocketProbes.MptcpIpTransparent, ProbeResult.Unsupported, 95),
            new SocketCapability(SocketProbes.TcpIpv6Transparent, ProbeResult.Supported),
            new SocketCapability(SocketProbes.MptcpIpv6Transparent, ProbeResult.Unsupported, 95),
            new NetworkInterface("vxlan.calico", "vxlan", "ens3", 1450, on),
            new NetworkInterface("ens3", null, null, 1500, on),
            new NetworkInterface("lo", null, null, 65536),
            new NetworkInterface("ovn0", "openvswitch", null, 1400),
            new NetworkInterface("genev_sys_6081", "geneve", null, 65000),
            new NetworkInterface("kube-ipvs0", "dummy", null, 1500),
            new NetworkInterface("cali1a2b3c4d5e6", "veth", null, 1450),
            new NetworkInterface("cali6f7e8d9c0b1", "veth", null, 1450),
            new Sysctl("net.ipv4.vs.conn_reuse_mode", "1"),
            new Sysctl("net.mptcp.enabled", "1"),
            new Sysctl("net.ipv4.ip_forward", "1"),
            new Sysctl("net.ipv6.conf.all.forwarding", "1"),
            new Sysctl("net.bridge.bridge-nf-call-iptables", "1"),
            new Sysctl("net.bridge.bridge-nf-call-ip6tables", "1"),
            new Sysctl("net.ipv4.conf.all.rp_filter", "0"),
            new Sysctl("net.netfilter.nf_conntrack_max", "262144"),
            new ProcessCapabilities(0x000001ffffffffff),
            new ClusterInfo(Versions.SoftwareVersion.Parse("v1.31.4"), ClusterDistributions.K0s, Versions.SoftwareVersion.Parse("v1.31.2+k0s.0")),
        };
        foreach (var subject in new[]
                 {
                     "kernel", "kernel-modules", "kernel-config", "os-release", "iptables", "capabilities", "cluster",
                     "socket:*", "interface:*", "sysctl:*", "component:*", "setting:*",
                 })
        {
            facts.Add(new CollectionStatus(subject, CollectionState.Collected));
        }

        // Settings of components that the rules read only as absences (GODEBUG unset) or not at all.
        facts.Add(new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_LB", "true"));
        facts.Add(new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_NP", "true"));
        facts.Add(new ComponentSetting(ComponentNames.Calico, "FELIX_IPTABLESBACKEND", "Auto"));
        facts.Add(new ComponentSetting(ComponentNames.Calico, "CALICO_NETWORKING_BACKEND", "vxlan"));
        facts.Add(new ComponentSetting(ComponentNames.KubeProxy, "clusterCIDR", "10.244.0.0/16"));
        facts.Add(new ComponentSetting(ComponentNames.KubeProxy, "metricsBindAddress", "0.0.0.0:10249"));
        facts.Add(ComponentVersion.Of("coredns", "v1.11.3", "registry.k8s.io/coredns/coredns:v1.11.3"));
        facts.Add(ComponentVersion.Of("containerd", "1.7.22"));
        facts.Add(ComponentVersion.Of("kubelet", "v1.31.4"));
        return facts;
    }
}
