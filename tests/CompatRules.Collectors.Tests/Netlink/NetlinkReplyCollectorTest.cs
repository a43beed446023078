using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;

namespace CompatRules.Collectors.Tests.Netlink;

public class NetlinkReplyCollectorTest
{
    private const ushort Data = 16;

    [Fact]
    public void Accept_CapturedMultiPartLinkDump_EndsOnDoneInLastDatagram()
    {
        var datagrams = CapturedNetlink.Datagrams("rtm-getlink-vxlan.hex");
        Assert.Equal(3, datagrams.Length);

        var messages = CapturedNetlink.Messages("rtm-getlink-vxlan.hex");

        Assert.Equal(6, messages.Count);
        Assert.All(messages, m => Assert.True(m.Has(NetlinkConstants.NLM_F_MULTI)));
    }

    [Fact]
    public void Accept_OtherSequence_IsIgnored()
    {
        var replies = new NetlinkReplyCollector(5);

        Assert.False(replies.Accept(Message(Data, NetlinkConstants.NLM_F_MULTI, 4, [1, 2, 3, 4])));
        Assert.True(replies.Accept([.. Message(Data, NetlinkConstants.NLM_F_MULTI, 5, [9, 9, 9, 9]), .. Done(5, 0)]));
        Assert.Equal([9, 9, 9, 9], Assert.Single(replies.Messages).Payload);
    }

    [Fact]
    public void Accept_ErrorMinusOne_ThrowsEperm()
    {
        var replies = new NetlinkReplyCollector(7);
        var error = Message(NetlinkConstants.NLMSG_ERROR, 0, 7, [0xff, 0xff, 0xff, 0xff, .. new byte[16]]);

        var e = Assert.Throws<NetlinkErrorException>(() => replies.Accept(error));

        Assert.Equal(1, e.ErrorNumber);
        Assert.Equal("netlink request: EPERM (1)", e.Message);
    }

    [Fact]
    public void Accept_DoneWithNegativeErrno_Throws()
    {
        var e = Assert.Throws<NetlinkErrorException>(() => new NetlinkReplyCollector(3).Accept(Done(3, -22)));
        Assert.Equal(22, e.ErrorNumber);
    }

    [Fact]
    public void Accept_DumpInterruptedPart_ThrowsAtDone()
    {
        var replies = new NetlinkReplyCollector(1);
        Assert.False(replies.Accept(Message(Data, NetlinkConstants.NLM_F_MULTI | NetlinkConstants.NLM_F_DUMP_INTR, 1, [0, 0, 0, 0])));
        Assert.Throws<NetlinkDumpInterruptedException>(() => replies.Accept(Done(1, 0)));
    }

    [Fact]
    public void Accept_SingleReplyWithoutMulti_CompletesAtOnce()
    {
        var replies = new NetlinkReplyCollector(2);
        Assert.True(replies.Accept(Message(Data, 0, 2, [1, 0, 0, 0])));
    }

    [Fact]
    public void Split_LengthPastDatagram_Throws()
    {
        var bytes = Message(Data, 0, 1, [0, 0, 0, 0]);
        bytes[0] = 200;

        var e = Assert.Throws<NetlinkFormatException>(() => NetlinkMessageParser.Split(bytes));
        Assert.Equal("netlink message at byte 0 has length 200, datagram has 20 bytes left", e.Message);
    }

    [Fact]
    public void Parse_AttributePastBuffer_Throws()
    {
        Assert.Throws<NetlinkFormatException>(() => NetlinkAttributeParser.Parse([12, 0, 1, 0, 65, 0]));
    }

    [Fact]
    public void Builder_LinkDumpRequest_MatchesTheDocumentedBytes()
    {
        var request = Collectors.Interfaces.LinkParser.DumpRequest(1);
        Assert.Equal("280000001200010301000000000000000000000000000000000000000000000008001d0009000000", Convert.ToHexString(request).ToLowerInvariant());
    }

    private static byte[] Message(ushort type, ushort flags, uint sequence, byte[] payload)
        => [.. BitConverter.GetBytes(16 + payload.Length), .. BitConverter.GetBytes(type), .. BitConverter.GetBytes(flags), .. BitConverter.GetBytes(sequence), 0, 0, 0, 0, .. payload];

    private static byte[] Done(uint sequence, int error) => Message(NetlinkConstants.NLMSG_DONE, NetlinkConstants.NLM_F_MULTI, sequence, BitConverter.GetBytes(error));
}
