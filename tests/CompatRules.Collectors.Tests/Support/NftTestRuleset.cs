using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>Creates nf_tables state for tests with a netlink batch, as <c>iptables-nft -t mangle -N CHAIN</c> does.
/// Only ever called inside a test network namespace.</summary>
internal static class NftTestRuleset
{
    private const ushort BatchBegin = 0x10;
    private const ushort BatchEnd = 0x11;
    private const ushort NftaChainTable = 1;
    private const ushort NftaChainName = 3;
    private const ushort NftaTableName = 1;

    public static int AddTableAndChain(byte family, string table, string chain)
    {
        using var socket = NetlinkSocket.OpenUnguardedForTestSetup(NetlinkConstants.NETLINK_NETFILTER, TimeSpan.FromSeconds(5));
        socket.Request(seq =>
        [
            .. new NetlinkMessageBuilder(BatchBegin, NetlinkConstants.NLM_F_REQUEST, seq).Bytes([0, 0, 0, (byte)NftablesParser.SubsystemNftables]).Build(),
            .. new NetlinkMessageBuilder(NftablesParser.MessageType(NftablesParser.MsgNewTable), NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_CREATE, seq)
                .Bytes([family, 0, 0, 0]).String(NftaTableName, table).Build(),
            .. new NetlinkMessageBuilder(NftablesParser.MessageType(NftablesParser.MsgNewChain), NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_CREATE | NetlinkConstants.NLM_F_ACK, seq)
                .Bytes([family, 0, 0, 0]).String(NftaChainTable, table).String(NftaChainName, chain).Build(),
            .. new NetlinkMessageBuilder(BatchEnd, NetlinkConstants.NLM_F_REQUEST, seq).Bytes([0, 0, 0, (byte)NftablesParser.SubsystemNftables]).Build(),
        ]);
        return 0;
    }
}
