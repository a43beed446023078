using System.Buffers.Binary;

namespace CompatRules.Collectors.Netlink;

/// <summary>Gathers the replies to one request from successive datagrams: every part of a multi-part dump until
/// <c>NLMSG_DONE</c>, or a single reply, or an acknowledgement. Pure, so it is tested on captured datagrams.</summary>
internal sealed class NetlinkReplyCollector(uint sequence)
{
    private readonly List<NetlinkMessage> _messages = [];

    public IReadOnlyList<NetlinkMessage> Messages => _messages;

    public bool Interrupted { get; private set; }

    /// <summary>Takes one datagram; true when the reply is complete.</summary>
    /// <exception cref="NetlinkErrorException">The kernel answered with a negative errno.</exception>
    /// <exception cref="NetlinkFormatException">The datagram is malformed.</exception>
    public bool Accept(ReadOnlySpan<byte> datagram)
    {
        foreach (var message in NetlinkMessageParser.Split(datagram))
        {
            if (message.Sequence != sequence || message.Type == NetlinkConstants.NLMSG_NOOP)
            {
                continue;
            }

            Interrupted |= message.Has(NetlinkConstants.NLM_F_DUMP_INTR);
            switch (message.Type)
            {
                case NetlinkConstants.NLMSG_ERROR:
                case NetlinkConstants.NLMSG_DONE:
                    var error = message.Payload.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(message.Payload) : 0;
                    if (error < 0)
                    {
                        throw new NetlinkErrorException(-error, message.Type == NetlinkConstants.NLMSG_DONE ? "netlink dump" : "netlink request");
                    }

                    return Finish();
                case NetlinkConstants.NLMSG_OVERRUN:
                    throw new NetlinkFormatException("netlink overrun: the receive buffer lost messages");
                default:
                    _messages.Add(message);
                    if (!message.Has(NetlinkConstants.NLM_F_MULTI))
                    {
                        return Finish();
                    }

                    break;
            }
        }

        return false;
    }

    private bool Finish() => Interrupted ? throw new NetlinkDumpInterruptedException() : true;
}
