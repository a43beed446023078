using System.Buffers.Binary;
using System.Text;

namespace CompatRules.Collectors.Netlink;

/// <summary>One netlink attribute (TLV): its type with the nested/byte-order flags masked off, and its payload.</summary>
internal sealed record NetlinkAttribute(ushort Type, byte[] Payload)
{
    public string AsString()
    {
        var end = Array.IndexOf(Payload, (byte)0);
        return Encoding.UTF8.GetString(Payload, 0, end < 0 ? Payload.Length : end);
    }

    public uint AsUInt32() => Payload.Length >= 4 ? BinaryPrimitives.ReadUInt32LittleEndian(Payload) : throw Short(4);

    public uint AsBigEndianUInt32() => Payload.Length >= 4 ? BinaryPrimitives.ReadUInt32BigEndian(Payload) : throw Short(4);

    public ushort AsUInt16() => Payload.Length >= 2 ? BinaryPrimitives.ReadUInt16LittleEndian(Payload) : throw Short(2);

    public List<NetlinkAttribute> Nested() => NetlinkAttributeParser.Parse(Payload);

    private NetlinkFormatException Short(int needed) => new($"attribute {Type} has {Payload.Length} bytes, needs {needed}");
}
