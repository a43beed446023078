using System.Buffers.Binary;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Reads <c>RTM_NEWLINK</c> messages: <c>ifinfomsg</c> (16 bytes) then IFLA_* attributes (host order).</summary>
internal static class LinkParser
{
    public const ushort RtmNewLink = 16;
    public const ushort RtmGetLink = 18;
    private const ushort IflaIfname = 3;
    private const ushort IflaMtu = 4;
    private const ushort IflaLink = 5;
    private const ushort IflaLinkinfo = 18;
    private const ushort IflaLinkNetnsid = 37;
    private const ushort IflaExtMask = 29;
    private const ushort IflaInfoKind = 1;
    private const ushort IflaInfoData = 2;
    private const ushort IflaVxlanLink = 3;
    private const ushort IflaIptunLink = 1;
    private const int IfinfomsgLength = 16;

    /// <exception cref="NetlinkFormatException">The message is not a link or has no name.</exception>
    public static LinkInfo Parse(NetlinkMessage message)
    {
        if (message.Type != RtmNewLink || message.Payload.Length < IfinfomsgLength)
        {
            throw new NetlinkFormatException($"expected RTM_NEWLINK, got type {message.Type} with {message.Payload.Length} bytes");
        }

        var index = BinaryPrimitives.ReadInt32LittleEndian(message.Payload.AsSpan(4));
        var attributes = NetlinkAttributeParser.Parse(message.Payload.AsSpan(IfinfomsgLength));
        var name = attributes.Find(IflaIfname)?.AsString() ?? throw new NetlinkFormatException($"link {index} has no IFLA_IFNAME");
        var mtu = attributes.Find(IflaMtu) is { } mtuAttribute ? (int?)mtuAttribute.AsUInt32() : null;
        var linkInfo = attributes.Find(IflaLinkinfo)?.Nested();
        var kind = linkInfo?.Find(IflaInfoKind)?.AsString();
        var data = linkInfo?.Find(IflaInfoData)?.Nested();

        int? parent = kind switch
        {
            "vxlan" => data?.Find(IflaVxlanLink) is { } vxlanLink ? (int)vxlanLink.AsUInt32() : null,
            "veth" => null,
            "ipip" or "gre" or "sit" or "ip6tnl" when data?.Find(IflaIptunLink) is { } tunnelLink => (int)tunnelLink.AsUInt32(),
            _ => attributes.Find(IflaLinkNetnsid) is null && attributes.Find(IflaLink) is { } link ? (int)link.AsUInt32() : null,
        };
        if (parent == 0 || parent == index)
        {
            parent = null;
        }

        return new LinkInfo(index, name, kind, mtu, parent);
    }

    /// <summary>The 40-byte dump request: nlmsghdr, zero ifinfomsg, IFLA_EXT_MASK = VF | SKIP_STATS.</summary>
    public static byte[] DumpRequest(uint sequence)
        => new NetlinkMessageBuilder(RtmGetLink, NetlinkConstants.NLM_F_REQUEST | NetlinkConstants.NLM_F_DUMP, sequence)
            .Bytes(new byte[IfinfomsgLength])
            .UInt32(IflaExtMask, 1 | 8)
            .Build();
}
