using System.Buffers.Binary;
using System.Text;

namespace CompatRules.Collectors.Netlink;

/// <summary>Builds a netlink request: header, fixed family header, attributes (host byte order).</summary>
internal sealed class NetlinkMessageBuilder
{
    private readonly List<byte> _bytes = new(64);
    private readonly Stack<int> _nests = new();

    public NetlinkMessageBuilder(ushort type, ushort flags, uint sequence)
    {
        Span<byte> header = stackalloc byte[NetlinkConstants.HeaderLength];
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], type);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], flags);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], sequence);
        _bytes.AddRange(header.ToArray());
    }

    public NetlinkMessageBuilder Bytes(ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes.ToArray());
        Pad();
        return this;
    }

    public NetlinkMessageBuilder Attribute(ushort type, ReadOnlySpan<byte> payload)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(header, (ushort)(4 + payload.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), type);
        _bytes.AddRange(header);
        _bytes.AddRange(payload.ToArray());
        Pad();
        return this;
    }

    public NetlinkMessageBuilder String(ushort type, string value) => Attribute(type, Encoding.UTF8.GetBytes(value + "\0"));

    public NetlinkMessageBuilder UInt32(ushort type, uint value)
    {
        Span<byte> payload = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, value);
        return Attribute(type, payload);
    }

    public NetlinkMessageBuilder BeginNested(ushort type)
    {
        _nests.Push(_bytes.Count);
        _bytes.AddRange(new byte[] { 0, 0, (byte)(type & 0xFF), (byte)((type | NetlinkConstants.NLA_F_NESTED) >> 8) });
        return this;
    }

    public NetlinkMessageBuilder EndNested()
    {
        var start = _nests.Pop();
        var length = (ushort)(_bytes.Count - start);
        _bytes[start] = (byte)(length & 0xFF);
        _bytes[start + 1] = (byte)(length >> 8);
        return this;
    }

    public byte[] Build()
    {
        var message = _bytes.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(message, (uint)message.Length);
        return message;
    }

    private void Pad()
    {
        while (_bytes.Count % 4 != 0)
        {
            _bytes.Add(0);
        }
    }
}
