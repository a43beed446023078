using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>The netlink send path lets through only GET requests: every request the collectors build passes, and any
/// message that could change the node is refused before it reaches the kernel.</summary>
public class NetlinkRequestGuardTest
{
    private const ushort Request = NetlinkConstants.NLM_F_REQUEST;
    private const ushort Dump = NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_DUMP;
    private const ushort Create = NetlinkConstants.NLM_F_CREATE;
    private const ushort Append = 0x800;
    private const ushort Replace = 0x100;
    private const ushort Exclusive = 0x200;

    public static TheoryData<string, int, byte[]> LibraryRequests() => new()
    {
        { "RTM_GETLINK dump", NetlinkConstants.NETLINK_ROUTE, LinkParser.DumpRequest(1) },
        { "NFT_MSG_GETTABLE dump", NetlinkConstants.NETLINK_NETFILTER, NftablesParser.DumpRequest(NftablesParser.MsgGetTable, 2) },
        { "NFT_MSG_GETCHAIN dump", NetlinkConstants.NETLINK_NETFILTER, NftablesParser.DumpRequest(NftablesParser.MsgGetChain, 3) },
        { "CTRL_CMD_GETFAMILY dump", NetlinkConstants.NETLINK_GENERIC, EthtoolParser.FamilyDumpRequest(4) },
        { "ETHTOOL_MSG_FEATURES_GET", NetlinkConstants.NETLINK_GENERIC, EthtoolParser.FeaturesRequest(21, "vxlan.calico", 5) },
    };

    public static TheoryData<string, int, byte[]> WriteRequests() => new()
    {
        { "RTM_NEWLINK", NetlinkConstants.NETLINK_ROUTE, Message(16, Request | Create | Exclusive, new byte[16]) },
        { "RTM_DELLINK", NetlinkConstants.NETLINK_ROUTE, Message(17, Request, new byte[16]) },
        { "RTM_SETLINK", NetlinkConstants.NETLINK_ROUTE, Message(19, Request, new byte[16]) },
        { "RTM_NEWROUTE append", NetlinkConstants.NETLINK_ROUTE, Message(24, Request | Create | Append, new byte[12]) },
        { "RTM_GETLINK with NLM_F_CREATE", NetlinkConstants.NETLINK_ROUTE, Message(18, Request | Create, new byte[16]) },
        { "RTM_GETLINK without NLM_F_REQUEST", NetlinkConstants.NETLINK_ROUTE, Message(18, NetlinkConstants.NLM_F_DUMP, new byte[16]) },
        { "NFT_MSG_NEWTABLE", NetlinkConstants.NETLINK_NETFILTER, Message(NftablesParser.MessageType(NftablesParser.MsgNewTable), Request | Create, [2, 0, 0, 0]) },
        { "NFT_MSG_NEWCHAIN", NetlinkConstants.NETLINK_NETFILTER, Message(NftablesParser.MessageType(NftablesParser.MsgNewChain), Request | Create, [2, 0, 0, 0]) },
        { "NFT_MSG_DELTABLE", NetlinkConstants.NETLINK_NETFILTER, Message(NftablesParser.MessageType(2), Request, [2, 0, 0, 0]) },
        { "NFT_MSG_GETRULE_RESET", NetlinkConstants.NETLINK_NETFILTER, Message(NftablesParser.MessageType(25), Request, [2, 0, 0, 0]) },
        { "NFNL batch begin", NetlinkConstants.NETLINK_NETFILTER, Message(0x10, Request, [0, 0, 0, 10]) },
        { "ETHTOOL_MSG_FEATURES_SET", NetlinkConstants.NETLINK_GENERIC, Message(21, Request, [12, 1, 0, 0]) },
        { "CTRL_CMD_NEWFAMILY", NetlinkConstants.NETLINK_GENERIC, Message(0x10, Request, [1, 1, 0, 0]) },
        { "GETTABLE then NEWTABLE in one batch", NetlinkConstants.NETLINK_NETFILTER,
            [.. NftablesParser.DumpRequest(NftablesParser.MsgGetTable, 6), .. Message(NftablesParser.MessageType(NftablesParser.MsgNewTable), Request | Replace, [2, 0, 0, 0])] },
        { "netlink on another protocol", 9, Message(16, Request, new byte[16]) },
        { "a fragment", NetlinkConstants.NETLINK_ROUTE, [20, 0, 0, 0, 18, 0] },
    };

    [Theory]
    [MemberData(nameof(LibraryRequests))]
    public void EnsureReadOnly_EveryRequestTheCollectorsBuild_Passes(string name, int protocol, byte[] request)
    {
        var exception = Record.Exception(() => NetlinkRequestGuard.EnsureReadOnly(protocol, request));

        Assert.True(exception is null, name + ": " + exception?.Message);
    }

    [Theory]
    [MemberData(nameof(WriteRequests))]
    public void EnsureReadOnly_RequestThatCouldChangeTheNode_IsRefused(string name, int protocol, byte[] request)
    {
        var e = Assert.Throws<InvalidOperationException>(() => NetlinkRequestGuard.EnsureReadOnly(protocol, request));

        Assert.StartsWith("CompatRules sends only read-only netlink requests: ", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Request_WriteThroughTheLibrarySocket_IsRefusedBeforeSending()
    {
        var sent = 0;
        var e = ScriptedNetlink.Run((_, _) =>
        {
            sent++;
            return [];
        }, () =>
        {
            using var socket = NetlinkSocket.Open(NetlinkConstants.NETLINK_NETFILTER, TimeSpan.FromSeconds(1));
            return Assert.Throws<InvalidOperationException>(() => socket.Request(seq =>
                Message(NftablesParser.MessageType(NftablesParser.MsgNewTable), Request | Create, [2, 0, 0, 0], seq)));
        });

        Assert.Equal(0, sent);
        Assert.Equal("CompatRules sends only read-only netlink requests: message type 2560 has flags 0x401; only NLM_F_REQUEST with NLM_F_ACK/NLM_F_DUMP is sent.", e.Message);
    }

    private static byte[] Message(ushort type, ushort flags, byte[] family, uint sequence = 1)
        => new NetlinkMessageBuilder(type, flags, sequence).Bytes(family).Build();
}
