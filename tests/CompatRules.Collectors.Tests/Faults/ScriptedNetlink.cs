using System.Buffers.Binary;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>Answers the collectors' netlink requests with captured or doctored datagrams instead of the kernel,
/// through the <see cref="NetlinkSocket.ScriptedReplies"/> seam (the requests still pass the read-only guard).</summary>
internal static class ScriptedNetlink
{
    public const ushort UnknownAttribute = 0x3ffe;

    /// <summary>Runs <paramref name="action"/> with every request answered by <paramref name="reply"/>(protocol, request).</summary>
    public static T Run<T>(Func<int, byte[], IReadOnlyList<byte[]>> reply, Func<T> action)
    {
        var previous = NetlinkSocket.ScriptedReplies.Value;
        NetlinkSocket.ScriptedReplies.Value = reply;
        try
        {
            return action();
        }
        finally
        {
            NetlinkSocket.ScriptedReplies.Value = previous;
        }
    }

    /// <summary>The captured datagrams of <paramref name="fixture"/>, renumbered to answer <paramref name="request"/>.</summary>
    public static IReadOnlyList<byte[]> Captured(string fixture, byte[] request)
        => CapturedNetlink.Datagrams(fixture).Select(d => Renumber(d, SequenceOf(request))).ToList();

    /// <summary>An empty dump: just NLMSG_DONE.</summary>
    public static IReadOnlyList<byte[]> EmptyDump(byte[] request) => [Message(NetlinkConstants.NLMSG_DONE, NetlinkConstants.NLM_F_MULTI, SequenceOf(request), new byte[4])];

    /// <summary>An NLMSG_ERROR carrying -<paramref name="errno"/>.</summary>
    public static IReadOnlyList<byte[]> Error(byte[] request, int errno)
    {
        var payload = new byte[20];
        BinaryPrimitives.WriteInt32LittleEndian(payload, -errno);
        return [Message(NetlinkConstants.NLMSG_ERROR, 0, SequenceOf(request), payload)];
    }

    /// <summary>The datagrams with the first one cut in half.</summary>
    public static IReadOnlyList<byte[]> Truncated(IReadOnlyList<byte[]> datagrams) => [datagrams[0][..(datagrams[0].Length / 2)], .. datagrams.Skip(1)];

    /// <summary>The datagrams with an attribute of an unknown type appended to every message of type <paramref name="type"/>.</summary>
    public static IReadOnlyList<byte[]> WithUnknownAttribute(IReadOnlyList<byte[]> datagrams, ushort type)
        => datagrams.Select(d => (byte[])[.. NetlinkMessageParser.Split(d).SelectMany(m => Message(m.Type, m.Flags, m.Sequence,
            m.Type == type ? [.. m.Payload, .. Pad(m.Payload.Length), 8, 0, UnknownAttribute & 0xFF, UnknownAttribute >> 8, 1, 2, 3, 4] : m.Payload))]).ToList();

    public static uint SequenceOf(byte[] request) => BinaryPrimitives.ReadUInt32LittleEndian(request.AsSpan(8));

    private static byte[] Pad(int length) => new byte[NetlinkConstants.Align(length) - length];

    private static byte[] Renumber(byte[] datagram, uint sequence)
        => [.. NetlinkMessageParser.Split(datagram).SelectMany(m => Message(m.Type, m.Flags, sequence, m.Payload))];

    private static byte[] Message(ushort type, ushort flags, uint sequence, byte[] payload)
    {
        var bytes = new byte[NetlinkConstants.Align(NetlinkConstants.HeaderLength + payload.Length)];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)(NetlinkConstants.HeaderLength + payload.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), type);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), flags);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), sequence);
        payload.CopyTo(bytes, NetlinkConstants.HeaderLength);
        return bytes;
    }
}
