using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>Netlink replies captured on the test machine inside a throw-away network namespace, one datagram per line
/// in hex, under Fixtures/netlink/.</summary>
internal static class CapturedNetlink
{
    public static byte[][] Datagrams(string name)
        => FixtureTree.Read(Path.Combine("netlink", name)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Convert.FromHexString).ToArray();

    /// <summary>The messages of a captured reply, fed through the reply collector as the socket does.</summary>
    public static IReadOnlyList<NetlinkMessage> Messages(string name)
    {
        var datagrams = Datagrams(name);
        var sequence = NetlinkMessageParser.Split(datagrams[0])[0].Sequence;
        var replies = new NetlinkReplyCollector(sequence);
        for (var i = 0; i < datagrams.Length; i++)
        {
            if (replies.Accept(datagrams[i]))
            {
                Assert.Equal(datagrams.Length - 1, i);
                return replies.Messages;
            }
        }

        throw new InvalidOperationException($"{name} ends before the reply is complete");
    }
}
