using CompatRules.Collectors.Files;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Sockets;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Safety;

/// <summary>On a kernel that loads modules, nothing is asked for that is not there already: a socket for an
/// unregistered protocol and an nf_tables request without nf_tables would each make the kernel run modprobe. The
/// process's own files are put in a tree here (<see cref="CollectorContext.Self"/>) to show such a kernel.</summary>
public sealed class KernelAutoloadGuardTest : IDisposable
{
    private const string ModularKernel = "ip_tables 32768 0 - Live 0x0000000000000000\n";
    private const string ProtocolsWithoutMptcpOrIpv6 = "protocol  size sockets  memory press maxhdr  slab module     cl co di ac io in de sh ss gs se re sp bi br ha uh gp em\nTCP 2432 1 -1 NI 0 yes kernel y y y y y y y y y y y y y n y y y y y\nUDP 1280 0 -1 NI 0 yes kernel y y y n y y y n y y y y y n n y y y y\n";
    private readonly FaultTree _tree = new();

    [LinuxFact]
    public void SocketProbes_ProtocolsNotRegistered_OpenNoSocketAndSaySo()
    {
        _tree.Write("/proc/modules", ModularKernel);
        _tree.Write("/proc/thread-self/net/protocols", ProtocolsWithoutMptcpOrIpv6);

        var result = SocketProbeCollector.RunAll(new HostFileReader(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes), CancellationToken.None);

        var mptcp = result.Facts.OfType<SocketCapability>().Single(f => f.Probe == SocketProbes.Mptcp);
        Assert.Equal(ProbeResult.Unsupported, mptcp.Result);
        Assert.Null(mptcp.Errno);
        Assert.Contains("MPTCP is not registered", result.Statuses.Single(s => s.Subject == SocketCapability.KeyFor(SocketProbes.Mptcp)).Reason, StringComparison.Ordinal);
        var ipv6 = result.Statuses.Single(s => s.Subject == SocketCapability.KeyFor(SocketProbes.TcpIpv6Transparent));
        Assert.Equal(CollectionState.Unsupported, ipv6.State);
        Assert.Contains("TCPv6 is not registered", ipv6.Reason, StringComparison.Ordinal);
        Assert.Contains(result.Facts.OfType<SocketCapability>(), f => f.Probe == SocketProbes.TcpIpTransparent);
    }

    [LinuxFact]
    public void SocketProbes_ProtocolListUnreadable_IsAnErrorNotUnsupported()
    {
        _tree.Write("/proc/modules", ModularKernel);

        var result = SocketProbeCollector.RunAll(new HostFileReader(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes), CancellationToken.None);

        var mptcp = result.Statuses.Single(s => s.Subject == SocketCapability.KeyFor(SocketProbes.Mptcp));
        Assert.Equal(CollectionState.Error, mptcp.State);
        Assert.Contains("could not be read", mptcp.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Facts.OfType<SocketCapability>(), f => f.Probe == SocketProbes.Mptcp);
    }

    [LinuxFact]
    public void Iptables_NfTablesNotLoaded_NftSideNotAskedAndBackendUnknown()
    {
        _tree.Write("/proc/modules", ModularKernel);

        var result = IptablesCollector.Collect(new HostFileReader(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes), TimeSpan.FromSeconds(2));

        var mode = result.Facts.OfType<IptablesMode>().Single();
        Assert.Equal(IptablesBackend.Unknown, mode.Backend);
        var status = Assert.Single(result.Statuses);
        Assert.Equal(CollectionState.NotCollected, status.State);
        Assert.Contains("nf_tables is not known to be in the running kernel", status.Reason, StringComparison.Ordinal);
        Assert.Contains("would make the kernel load the module", status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Iptables_NfTablesLoaded_NftSideAsked()
    {
        _tree.Write("/proc/modules", ModularKernel + "nf_tables 344064 0 - Live 0x0000000000000000\n");

        var result = ScriptedNetlink.Run((_, r) => ScriptedNetlink.EmptyDump(r),
            () => IptablesCollector.Collect(new HostFileReader(new HostRoot(_tree.Root), CollectorOptions.DefaultMaxFileBytes), TimeSpan.FromSeconds(2)));

        Assert.Equal(IptablesBackend.Nft, result.Facts.OfType<IptablesMode>().Single().Backend);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    public void Dispose() => _tree.Dispose();
}
