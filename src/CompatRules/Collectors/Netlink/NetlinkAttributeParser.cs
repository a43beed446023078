using System.Buffers.Binary;

namespace CompatRules.Collectors.Netlink;

/// <summary>Parses a run of netlink attributes (u16 length, u16 type, payload, padded to 4 bytes).</summary>
internal static class NetlinkAttributeParser
{
    /// <exception cref="NetlinkFormatException">An attribute length is below 4 or runs past the buffer.</exception>
    public static List<NetlinkAttribute> Parse(ReadOnlySpan<byte> buffer)
    {
        var attributes = new List<NetlinkAttribute>();
        var offset = 0;
        while (buffer.Length - offset >= 4)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(buffer[offset..]);
            var type = (ushort)(BinaryPrimitives.ReadUInt16LittleEndian(buffer[(offset + 2)..]) & NetlinkConstants.NLA_TYPE_MASK);
            if (length < 4 || offset + length > buffer.Length)
            {
                throw new NetlinkFormatException($"attribute at byte {offset} has length {length}, buffer has {buffer.Length - offset} bytes left");
            }

            attributes.Add(new NetlinkAttribute(type, buffer.Slice(offset + 4, length - 4).ToArray()));
            offset += NetlinkConstants.Align(length);
        }

        return attributes;
    }

    public static NetlinkAttribute? Find(this List<NetlinkAttribute> attributes, ushort type)
        => attributes.Find(a => a.Type == type);
}
