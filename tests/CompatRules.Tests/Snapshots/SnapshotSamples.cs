using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Tests.Snapshots;

/// <summary>A fact set holding one fact of every type, each with a provenance, as in Fixtures/every-kind.json.</summary>
internal static class SnapshotSamples
{
    public static FactSet EveryKind() => FactSet.Create("node-1",
    [
        KernelInfo.FromRelease("5.15.0-91-generic", "x86_64") with { Provenance = Provenance.FromFile("/proc/sys/kernel/osrelease") },
        new KernelConfig(ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            ["CONFIG_MPTCP"] = "y",
            ["CONFIG_NF_TABLES"] = "m",
            ["CONFIG_IP_VS"] = "m",
            ["CONFIG_NR_CPUS"] = "8192",
        })) with { Provenance = Provenance.FromFile("/boot/config-5.15.0-91-generic") },
        new KernelModules(ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, ModuleEvidence>
        {
            ["nf_tables"] = ModuleEvidence.Loaded | ModuleEvidence.SysModule,
            ["ip_tables"] = ModuleEvidence.BuiltIn | ModuleEvidence.ConfigBuiltIn,
            ["xt_TPROXY"] = ModuleEvidence.None,
        })) with { Provenance = Provenance.FromFile("/proc/modules") },
        new OsRelease("ubuntu", "22.04", "Ubuntu 22.04.4 LTS", ["debian"]) with { Provenance = Provenance.FromFile("/etc/os-release", "line 2") },
        new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT", "no legacy tables"], "iptables-wrappers: hint chain in nft")
            with { Provenance = new Provenance(SourceKind.Netlink, "nfnetlink NFT_MSG_GETCHAIN") },
        ComponentVersion.Of("calico", "v3.28.0-0.dev-123-gabc", "quay.io/calico/node:v3.28.0-0.dev-123-gabc")
            with { Provenance = new Provenance(SourceKind.Inventory, "daemonsets/kube-system/calico-node", "$.spec.template.spec.containers[0].image") },
        ComponentVersion.Of("kube-proxy", "v1.31.4+rke2r1") with { Provenance = Provenance.FromUser("--assume kube-proxy=v1.31.4+rke2r1") },
        new ComponentVersion("spiderpool", null, "ghcr.io/spidernet-io/spiderpool:latest"),
        new ComponentSetting("kube-ovn", "ENABLE_TPROXY", "true") with { Provenance = new Provenance(SourceKind.Inventory, "daemonsets/kube-system/kube-ovn-cni") },
        new HostPackage("iptables-nft", CompatRules.Versions.PackageVersion.ParseRpm("1.8.10-11.el9_5"), "x86_64", PackageSource.Rpm)
            with { Provenance = Provenance.FromFile("/var/lib/rpm/rpmdb.sqlite", "header 212") },
        new HostPackage("nftables", CompatRules.Versions.PackageVersion.ParseDpkg("1.0.6-2+deb12u2"), null, PackageSource.Dpkg),
        new SocketCapability("mptcp-ip-transparent", ProbeResult.Unsupported, 95, "net:[4026531833]") with { Provenance = new Provenance(SourceKind.Probe, "setsockopt(IP_TRANSPARENT)") },
        new SocketCapability("mptcp", ProbeResult.PermissionDenied),
        new Sysctl("net.ipv4.vs.conn_reuse_mode", null) with { Provenance = Provenance.FromFile("/proc/sys/net/ipv4/vs/conn_reuse_mode") },
        new Sysctl("net.ipv4.ip_forward", "1") with { Provenance = Provenance.FromFile("/proc/sys/net/ipv4/ip_forward") },
        new NetworkInterface("vxlan.calico", "vxlan", "eth0", 1450, ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, bool>
        {
            ["tx-checksum-ip-generic"] = false,
            ["rx-checksum"] = true,
        })) with { Provenance = new Provenance(SourceKind.Netlink, "rtnetlink RTM_GETLINK") },
        new NetworkInterface("eth0", null),
        new ClusterInfo(CompatRules.Versions.SoftwareVersion.Parse("v1.31.3+k0s.0"), "k0s", CompatRules.Versions.SoftwareVersion.Parse("v1.31.3+k0s.0")) with { Provenance = new Provenance(SourceKind.Inventory, "nodes/node-1", "$.status.nodeInfo.kubeletVersion") },
        new ProcessCapabilities(0x000001ffffffffffUL) with { Provenance = Provenance.FromFile("/proc/self/status", "CapEff") },
        new CollectionStatus("component:*", CollectionState.NotCollected, "no inventory given") with { Provenance = new Provenance(SourceKind.Derived, "node-check") },
        new CollectionStatus("iptables", CollectionState.Collected),
    ]);
}
