using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Reads links and offload features over netlink in the calling thread's network namespace.</summary>
internal static class InterfaceReader
{
    /// <exception cref="NetlinkErrorException">The dump failed.</exception>
    /// <exception cref="NetlinkFormatException">A reply is malformed.</exception>
    public static List<LinkInfo> Links(TimeSpan timeout)
    {
        using var socket = NetlinkSocket.Open(NetlinkConstants.NETLINK_ROUTE, timeout);
        return socket.Request(LinkParser.DumpRequest).Where(m => m.Type == LinkParser.RtmNewLink).Select(LinkParser.Parse).ToList();
    }

    /// <summary>Opens a generic netlink socket and finds the ethtool family in a dump of the registered families
    /// (asking for it by name would make a kernel without it run modprobe for <c>net-pf-16-proto-16-family-ethtool</c>).</summary>
    /// <exception cref="NetlinkErrorException">ENOENT when the kernel has no ethtool netlink (before 5.6).</exception>
    public static (NetlinkSocket Socket, ushort FamilyId) OpenEthtool(TimeSpan timeout)
    {
        var socket = NetlinkSocket.Open(NetlinkConstants.NETLINK_GENERIC, timeout);
        try
        {
            var id = EthtoolParser.FindFamily(socket.Request(EthtoolParser.FamilyDumpRequest), "ethtool")
                ?? throw new NetlinkErrorException(Interop.Errno.ENOENT, "generic netlink family dump: no ethtool family");
            return (socket, id);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <exception cref="NetlinkErrorException">ENODEV for an unknown device, EOPNOTSUPP before Linux 5.7.</exception>
    public static Dictionary<string, bool> Features(NetlinkSocket socket, ushort familyId, string device)
        => EthtoolParser.Features(socket.Request(seq => EthtoolParser.FeaturesRequest(familyId, device, seq))[0]);
}
