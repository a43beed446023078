namespace CompatRules.Collectors.Netlink;

/// <summary>One netlink message: the <c>nlmsghdr</c> fields and the payload after the 16-byte header.</summary>
internal sealed record NetlinkMessage(ushort Type, ushort Flags, uint Sequence, uint PortId, byte[] Payload)
{
    public bool Has(ushort flag) => (Flags & flag) == flag;
}
