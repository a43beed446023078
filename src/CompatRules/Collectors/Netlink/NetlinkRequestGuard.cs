using System.Buffers.Binary;

namespace CompatRules.Collectors.Netlink;

/// <summary>Refuses to send any netlink message that could change the node: only <c>RTM_GET*</c> (route),
/// <c>NFT_MSG_GET*</c> (netfilter), <c>CTRL_CMD_GETFAMILY</c> and <c>ETHTOOL_MSG_*_GET</c> (generic) requests, with
/// <c>NLM_F_REQUEST</c> and at most <c>NLM_F_ACK</c>/<c>NLM_F_DUMP</c> besides, are let through.</summary>
internal static class NetlinkRequestGuard
{
    private const ushort RtmBase = 16;
    private const ushort NfnlSubsystemNftables = 10;
    private const ushort GenlIdCtrl = 0x10;
    private const byte CtrlCmdGetFamily = 3;
    private const ushort AllowedFlags = NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_ACK | NetlinkConstants.NLM_F_DUMP;

    /// <summary>NFT_MSG_GETTABLE, GETCHAIN, GETRULE, GETSET, GETSETELEM, GETGEN, GETOBJ, GETFLOWTABLE (never the
    /// *_RESET variants, which zero counters).</summary>
    private static readonly HashSet<int> NftGets = [1, 4, 7, 10, 13, 16, 19, 23];

    /// <summary>ETHTOOL_MSG_STRSET_GET, LINKINFO_GET, LINKMODES_GET, LINKSTATE_GET, DEBUG_GET, WOL_GET, FEATURES_GET.</summary>
    private static readonly HashSet<int> EthtoolGets = [1, 2, 4, 6, 7, 9, 11];

    /// <summary>Checks every message in <paramref name="request"/>.</summary>
    /// <exception cref="InvalidOperationException">A message is not a read-only request.</exception>
    public static void EnsureReadOnly(int protocol, ReadOnlySpan<byte> request)
    {
        var offset = 0;
        while (offset < request.Length)
        {
            if (request.Length - offset < NetlinkConstants.HeaderLength)
            {
                throw Refuse($"a {request.Length - offset}-byte fragment at byte {offset} is not a netlink message");
            }

            var message = request[offset..];
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(message);
            if (length < NetlinkConstants.HeaderLength || length > message.Length)
            {
                throw Refuse($"the message at byte {offset} has length {length}");
            }

            var type = BinaryPrimitives.ReadUInt16LittleEndian(message[4..]);
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(message[6..]);
            var payload = message[NetlinkConstants.HeaderLength..length];
            if ((flags & NetlinkConstants.NLM_F_REQUEST) == 0 || (flags & ~AllowedFlags) != 0)
            {
                throw Refuse($"message type {type} has flags 0x{flags:x}; only NLM_F_REQUEST with NLM_F_ACK/NLM_F_DUMP is sent");
            }

            if (!IsGet(protocol, type, payload))
            {
                throw Refuse($"message type {type} on netlink protocol {protocol} is not a GET request");
            }

            offset += NetlinkConstants.Align(length);
        }
    }

    private static bool IsGet(int protocol, ushort type, ReadOnlySpan<byte> payload) => protocol switch
    {
        NetlinkConstants.NETLINK_ROUTE => type >= RtmBase && (type - RtmBase) % 4 == 2,
        NetlinkConstants.NETLINK_NETFILTER => type >> 8 == NfnlSubsystemNftables && NftGets.Contains(type & 0xFF),
        NetlinkConstants.NETLINK_GENERIC => payload.Length >= 4
            && (type == GenlIdCtrl ? payload[0] == CtrlCmdGetFamily : type > GenlIdCtrl && EthtoolGets.Contains(payload[0])),
        _ => false,
    };

    private static InvalidOperationException Refuse(string why) => new("CompatRules sends only read-only netlink requests: " + why + ".");
}
