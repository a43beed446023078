using CompatRules.Collectors.Files;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Netlink;

/// <summary>Runs the netlink collectors inside a network namespace the test creates (veth + vxlan devices, an nft
/// table with the kubelet hint chain) and deletes.</summary>
public sealed class NamespaceNetlinkTest : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private readonly Lazy<TestNetworkNamespace> _namespace = new(CreateNamespace);

    [LinuxRootFact]
    public void InterfaceCollector_Namespace_ListsVethAndVxlanWithParent()
    {
        var result = _namespace.Value.Run(() => InterfaceCollector.Collect(["vxlan.calico", "veth0", "tunl0"], Timeout));

        var interfaces = result.Facts.OfType<NetworkInterface>().ToDictionary(i => i.Name);
        Assert.Equal(["lo", "veth0", "veth1", "vxlan.calico"], interfaces.Keys.Order(StringComparer.Ordinal));
        var vxlan = interfaces["vxlan.calico"];
        Assert.Equal("vxlan", vxlan.Kind);
        Assert.Equal("veth0", vxlan.Parent);
        Assert.Equal(1400, vxlan.Mtu);
        Assert.Equal("veth", interfaces["veth0"].Kind);
        Assert.Null(interfaces["veth0"].Parent);
        Assert.Equal(1450, interfaces["veth0"].Mtu);
        Assert.Null(interfaces["lo"].Kind);
        Assert.NotEqual(new FileInfo("/proc/self/ns/net").LinkTarget, vxlan.Provenance.Detail);
        var tunl0 = result.Statuses.Single(s => s.Subject == "interface:tunl0");
        Assert.Equal(CollectionState.Absent, tunl0.State);
        Assert.Equal($"no interface tunl0 in {vxlan.Provenance.Detail}", tunl0.Reason);
    }

    [LinuxRootFact]
    public void InterfaceCollector_Namespace_ReadsVxlanOffloadsByName()
    {
        _namespace.Value.IpIn("link", "set", "vxlan.calico", "up");

        var result = _namespace.Value.Run(() => InterfaceCollector.Collect(["vxlan.calico"], Timeout));

        var vxlan = result.Facts.OfType<NetworkInterface>().Single(i => i.Name == "vxlan.calico");
        Assert.NotNull(vxlan.Offloads);
        Assert.True(vxlan.Offload("tx-checksum-ip-generic"));
        Assert.True(vxlan.Offload("tx-generic-segmentation"));
        Assert.Equal(CollectionState.Collected, result.Statuses.Single(s => s.Subject == "interface:vxlan.calico/offloads").State);
        Assert.Null(result.Facts.OfType<NetworkInterface>().Single(i => i.Name == "lo").Offloads);
    }

    [LinuxRootFact]
    public void IptablesCollector_HintChainInNftMangle_DecidesNft()
    {
        _namespace.Value.Run(() => NftTestRuleset.AddTableAndChain(NftFamily.Ipv4, "mangle", "KUBE-IPTABLES-HINT"));

        var result = _namespace.Value.Run(() => IptablesCollector.Collect(new HostFileReader(HostRoot.Default, CollectorOptions.DefaultMaxFileBytes), Timeout));

        var mode = result.Facts.OfType<IptablesMode>().Single();
        Assert.Equal(IptablesBackend.Nft, mode.Backend);
        Assert.Equal("iptables-wrappers v3 step 1: hint chain in nft ip mangle", mode.DecisionPath);
        Assert.Contains("nft: table ip mangle has chain KUBE-IPTABLES-HINT", mode.Evidence);
        Assert.Contains("nft: 1 table(s) (ip mangle), 1 chain(s)", mode.Evidence);
    }

    [LinuxRootFact]
    public void IptablesCollector_EmptyNamespace_FallsBackToNft()
    {
        var result = _namespace.Value.Run(() => IptablesCollector.Collect(new HostFileReader(HostRoot.Default, CollectorOptions.DefaultMaxFileBytes), Timeout));

        var mode = result.Facts.OfType<IptablesMode>().Single();
        Assert.Equal(IptablesBackend.Nft, mode.Backend);
        Assert.Equal("iptables-wrappers v3 step 5: no hint chain anywhere, default nft", mode.DecisionPath);
        Assert.Contains("nft: no tables", mode.Evidence);
    }

    [LinuxRootFact]
    public void IptablesCollector_WithoutNetAdmin_NftSidePermissionDeniedAndUnknown()
    {
        var result = _namespace.Value.Run(
            () => IptablesCollector.Collect(new HostFileReader(HostRoot.Default, CollectorOptions.DefaultMaxFileBytes), Timeout),
            [ProcessCapabilities.NetAdmin, ProcessCapabilities.NetRaw]);

        var mode = result.Facts.OfType<IptablesMode>().Single();
        Assert.Equal(IptablesBackend.Unknown, mode.Backend);
        Assert.Equal("undecided: nft side PermissionDenied and no hint chain in legacy", mode.DecisionPath);
        Assert.Contains("nft: PermissionDenied (netlink request: EPERM (1))", mode.Evidence);
        var status = Assert.Single(result.Statuses);
        Assert.Equal(CollectionState.PermissionDenied, status.State);
    }

    [LinuxRootFact]
    public void LegacyTableReader_FreshFilterTableInNamespace_HasNoUserChains()
    {
        // Asking for a table creates it; that is why the collector only asks for listed tables. Here it is
        // created on purpose, in the throw-away namespace, to check the getsockopt structures against the kernel.
        var chains = _namespace.Value.Run(() => LegacyTableReader.UserChains("filter", ipv6: false));

        Assert.Empty(chains);
        Assert.Equal("filter", _namespace.Value.Run(() => File.ReadAllText("/proc/thread-self/net/ip_tables_names").Trim()));
    }

    [LinuxRootFact]
    public void EthtoolIoctlReader_Vxlan_AgreesWithNetlink()
    {
        var (viaNetlink, viaIoctl) = _namespace.Value.Run(() =>
        {
            var (socket, family) = InterfaceReader.OpenEthtool(Timeout);
            using (socket)
            {
                return (InterfaceReader.Features(socket, family, "vxlan.calico"), EthtoolIoctlReader.Features("vxlan.calico"));
            }
        });

        Assert.NotEmpty(viaNetlink);
        Assert.All(viaNetlink, pair => Assert.Equal(pair.Value, viaIoctl[pair.Key]));
        Assert.True(viaIoctl["tx-checksum-ip-generic"]);
    }

    [LinuxRootFact]
    public void EthtoolIoctlReader_UnknownDevice_GivesEnodev()
    {
        var e = _namespace.Value.Run(() => Assert.Throws<NetlinkErrorException>(() => EthtoolIoctlReader.Features("nosuchdev0")));

        Assert.Equal(19, e.ErrorNumber);
    }

    [LinuxRootFact]
    public void NetlinkSocket_UnknownDevice_GivesEnodev()
    {
        var e = _namespace.Value.Run(() =>
        {
            var (socket, family) = InterfaceReader.OpenEthtool(Timeout);
            using (socket)
            {
                return Assert.Throws<NetlinkErrorException>(() => InterfaceReader.Features(socket, family, "nosuchdev0"));
            }
        });

        Assert.Equal(19, e.ErrorNumber);
    }

    public void Dispose()
    {
        if (_namespace.IsValueCreated)
        {
            _namespace.Value.Dispose();
        }
    }

    private static TestNetworkNamespace CreateNamespace()
    {
        var ns = new TestNetworkNamespace();
        try
        {
            ns.IpIn("link", "add", "veth0", "mtu", "1450", "type", "veth", "peer", "name", "veth1");
            ns.IpIn("link", "set", "veth0", "up");
            ns.IpIn("link", "add", "vxlan.calico", "type", "vxlan", "id", "4096", "dev", "veth0", "dstport", "4789");
            return ns;
        }
        catch
        {
            ns.Dispose();
            throw;
        }
    }
}
