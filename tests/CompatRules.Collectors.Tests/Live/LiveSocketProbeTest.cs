using CompatRules.Collectors.Sockets;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Live;

public class LiveSocketProbeTest
{
    [LinuxFact]
    public async Task Collect_ThisMachine_MptcpProbeAgreesWithSysctl()
    {
        var result = await new SocketProbeCollector().CollectAsync(new CollectorContext(new CollectorOptions()), CancellationToken.None);

        var mptcp = result.Facts.OfType<SocketCapability>().Single(s => s.Probe == SocketProbes.Mptcp);
        Assert.Equal(new FileInfo("/proc/self/ns/net").LinkTarget, mptcp.NetworkNamespace);
        var enabled = File.Exists("/proc/sys/net/mptcp/enabled") ? File.ReadAllText("/proc/sys/net/mptcp/enabled").Trim() : null;
        if (enabled == "1")
        {
            Assert.Equal(ProbeResult.Supported, mptcp.Result);
            Assert.Null(mptcp.Errno);
        }
        else
        {
            Assert.Equal(ProbeResult.Unsupported, mptcp.Result);
        }
    }

    [LinuxPrivilegedFact]
    public void RunAll_Root_TcpTransparentSupported()
    {
        var result = SocketProbeCollector.RunAll(new Files.HostFileReader(HostRoot.Default, CollectorOptions.DefaultMaxFileBytes), CancellationToken.None);

        var tcp = result.Facts.OfType<SocketCapability>().Single(s => s.Probe == SocketProbes.TcpIpTransparent);
        Assert.Equal(ProbeResult.Supported, tcp.Result);
        Assert.Equal(CollectionState.Collected, result.Statuses.Single(s => s.Subject == "socket:tcp-ip-transparent").State);
    }

    [LinuxPrivilegedFact]
    public void RunAll_WithoutNetAdminAndNetRaw_TcpTransparentPermissionDenied()
    {
        var result = ThreadCapabilities.RunWithout([ProcessCapabilities.NetAdmin, ProcessCapabilities.NetRaw], () => SocketProbeCollector.RunAll(new Files.HostFileReader(HostRoot.Default, CollectorOptions.DefaultMaxFileBytes), CancellationToken.None));

        var tcp = result.Facts.OfType<SocketCapability>().Single(s => s.Probe == SocketProbes.TcpIpTransparent);
        Assert.Equal(ProbeResult.PermissionDenied, tcp.Result);
        Assert.Equal(1, tcp.Errno);
        var status = result.Statuses.Single(s => s.Subject == "socket:tcp-ip-transparent");
        Assert.Equal(CollectionState.PermissionDenied, status.State);
        Assert.Equal("setsockopt(SOL_IP, IP_TRANSPARENT, 1): EPERM (1)", status.Reason);
    }
}
