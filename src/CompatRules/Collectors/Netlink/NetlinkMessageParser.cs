using System.Buffers.Binary;

namespace CompatRules.Collectors.Netlink;

/// <summary>Splits a received datagram into netlink messages (host byte order headers, 4-byte aligned).</summary>
internal static class NetlinkMessageParser
{
    /// <exception cref="NetlinkFormatException">A length is below 16 or runs past the datagram.</exception>
    public static List<NetlinkMessage> Split(ReadOnlySpan<byte> datagram)
    {
        var messages = new List<NetlinkMessage>();
        var offset = 0;
        while (datagram.Length - offset >= NetlinkConstants.HeaderLength)
        {
            var header = datagram[offset..];
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (length < NetlinkConstants.HeaderLength || length > header.Length)
            {
                throw new NetlinkFormatException($"netlink message at byte {offset} has length {length}, datagram has {header.Length} bytes left");
            }

            messages.Add(new NetlinkMessage(
                BinaryPrimitives.ReadUInt16LittleEndian(header[4..]),
                BinaryPrimitives.ReadUInt16LittleEndian(header[6..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[8..]),
                BinaryPrimitives.ReadUInt32LittleEndian(header[12..]),
                header[NetlinkConstants.HeaderLength..length].ToArray()));
            offset += NetlinkConstants.Align(length);
        }

        return messages;
    }
}
