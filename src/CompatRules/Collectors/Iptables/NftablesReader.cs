using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Iptables;

/// <summary>Dumps nf_tables tables and chains over <c>NETLINK_NETFILTER</c> in the calling thread's network
/// namespace. Read-only: only GET dumps are sent.</summary>
internal static class NftablesReader
{
    /// <exception cref="NetlinkErrorException">The socket or a dump failed (EPERM without CAP_NET_ADMIN).</exception>
    /// <exception cref="NetlinkFormatException">A reply is malformed.</exception>
    public static (IReadOnlyList<NftTable> Tables, IReadOnlyList<NftChain> Chains) Read(TimeSpan timeout)
    {
        using var socket = NetlinkSocket.Open(NetlinkConstants.NETLINK_NETFILTER, timeout);
        var tables = socket.Request(seq => NftablesParser.DumpRequest(NftablesParser.MsgGetTable, seq)).Select(NftablesParser.Table).ToList();
        var chains = socket.Request(seq => NftablesParser.DumpRequest(NftablesParser.MsgGetChain, seq)).Select(NftablesParser.Chain).ToList();
        return (tables, chains);
    }
}
