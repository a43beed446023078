using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Iptables;

/// <summary>Reads nf_tables netlink replies: <c>nfgenmsg</c> (family, version, be16 res_id) then attributes whose
/// integer payloads are big-endian.</summary>
internal static class NftablesParser
{
    public const ushort SubsystemNftables = 10;
    public const ushort MsgNewTable = 0;
    public const ushort MsgGetTable = 1;
    public const ushort MsgNewChain = 3;
    public const ushort MsgGetChain = 4;
    public const ushort TableName = 1;
    public const ushort ChainTable = 1;
    public const ushort ChainName = 3;
    public const ushort ChainHook = 4;
    private const int NfgenmsgLength = 4;

    public static ushort MessageType(ushort message) => (ushort)((SubsystemNftables << 8) | message);

    /// <exception cref="NetlinkFormatException">The message is not a table.</exception>
    public static NftTable Table(NetlinkMessage message)
    {
        var attributes = Attributes(message, MsgNewTable);
        var name = attributes.Find(TableName)?.AsString() ?? throw new NetlinkFormatException("nft table without NFTA_TABLE_NAME");
        return new NftTable(message.Payload[0], name);
    }

    /// <exception cref="NetlinkFormatException">The message is not a chain.</exception>
    public static NftChain Chain(NetlinkMessage message)
    {
        var attributes = Attributes(message, MsgNewChain);
        var table = attributes.Find(ChainTable)?.AsString() ?? throw new NetlinkFormatException("nft chain without NFTA_CHAIN_TABLE");
        var name = attributes.Find(ChainName)?.AsString() ?? throw new NetlinkFormatException("nft chain without NFTA_CHAIN_NAME");
        return new NftChain(message.Payload[0], table, name, attributes.Find(ChainHook) is not null);
    }

    private static List<NetlinkAttribute> Attributes(NetlinkMessage message, ushort expected)
    {
        if (message.Type != MessageType(expected))
        {
            throw new NetlinkFormatException($"expected nft message 0x{MessageType(expected):x4}, got 0x{message.Type:x4}");
        }

        if (message.Payload.Length < NfgenmsgLength)
        {
            throw new NetlinkFormatException("nft message shorter than nfgenmsg");
        }

        return NetlinkAttributeParser.Parse(message.Payload.AsSpan(NfgenmsgLength));
    }

    /// <summary>A dump request for all families: nlmsghdr + nfgenmsg(AF_UNSPEC, v0, 0).</summary>
    public static byte[] DumpRequest(ushort message, uint sequence)
        => new NetlinkMessageBuilder(MessageType(message), NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_DUMP, sequence)
            .Bytes([NftFamily.Unspec, 0, 0, 0])
            .Build();
}
