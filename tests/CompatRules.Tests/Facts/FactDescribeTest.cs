using System.Collections.Immutable;
using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Tests.Facts;

/// <summary>Evidence in reports shows <see cref="Fact.Describe"/>: a few words, never a record dump.</summary>
public class FactDescribeTest
{
    public static TheoryData<Fact, string> Facts => new()
    {
        { KernelInfo.FromRelease("5.15.0-91-generic", "x86_64"), "kernel 5.15.0-91-generic (x86_64)" },
        { KernelInfo.FromRelease("6.8.0"), "kernel 6.8.0" },
        { ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0", "docker.io/kubeovn/kube-ovn:v1.14.0"), "kube-ovn v1.14.0" },
        { new ComponentVersion(ComponentNames.Calico, null, "calico/node:latest"), "calico (version unknown)" },
        { new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs"), "kube-proxy mode=ipvs" },
        { new IptablesMode(IptablesBackend.Nft, [], "hint chain in nft mangle"), "iptables backend nft (hint chain in nft mangle)" },
        { new OsRelease("rocky", "9.5", "Rocky Linux 9.5 (Blue Onyx)", ["rhel", "centos", "fedora"]), "os rocky 9.5" },
        { new Sysctl("net.ipv4.vs.conn_reuse_mode", "1"), "net.ipv4.vs.conn_reuse_mode = 1" },
        { new SocketCapability(SocketProbes.MptcpIpTransparent, ProbeResult.Unsupported, 95), "socket probe mptcp-ip-transparent: unsupported (errno 95)" },
        {
            new NetworkInterface("vxlan.calico", "vxlan", "ens3", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", false)),
            "interface vxlan.calico (vxlan, parent ens3, mtu 1450); offloads: tx-checksum-ip-generic off"
        },
        { new ClusterInfo(SoftwareVersion.Parse("v1.31.4"), ClusterDistributions.OpenShift, SoftwareVersion.Parse("4.18.3")), "openshift 4.18.3 (Kubernetes v1.31.4)" },
        { new ProcessCapabilities(0x3000), "capabilities CapEff=0000000000003000" },
        { new CollectionStatus("sysctl:*", CollectionState.PermissionDenied, "EACCES"), "sysctl:*: PermissionDenied (EACCES)" },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void Describe_Fact_IsAFewWords(Fact fact, string expected) => Assert.Equal(expected, fact.Describe());
}
