using System.Buffers.Binary;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;
using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz.Targets;

/// <summary>The netlink wire parsers: message framing, attributes (nested), rtnetlink links, nf_tables tables and
/// chains, the ethtool generic netlink family and the SIOCETHTOOL buffers, and the reply collector.</summary>
/// <remarks>Each message is also fed with its type forced to what the parser expects, so that mutations reach the
/// attribute code instead of stopping at the type check.</remarks>
internal static class NetlinkTargets
{
    private static readonly IReadOnlyList<byte[]> Tokens = Mutator.Tokens("\u0000\u0000\u0000\u0000", "\u0004\u0000", "\u0008\u0000", "vxlan", "veth", "ipip", "lo\u0000", "ethtool\u0000");

    public static IEnumerable<FuzzTarget> All()
    {
        var all = Corpus.Datagrams(string.Empty);
        yield return new FuzzTarget("netlink-message", all, Tokens, MessageCase, 16 * 1024);
        yield return new FuzzTarget("netlink-attribute", all.Select(d => d.Length > 20 ? d[20..] : d).ToList(), Tokens, AttributeCase, 16 * 1024);
        yield return new FuzzTarget("rtnetlink-link", Corpus.Datagrams("rtm-getlink"), Tokens, LinkCase, 16 * 1024);
        yield return new FuzzTarget("nfnetlink", Corpus.Datagrams("nft-"), Tokens, NftablesCase, 16 * 1024);
        yield return new FuzzTarget("ethtool-genl", [.. Corpus.Datagrams("ethtool-"), .. Corpus.Datagrams("genl-")], Tokens, EthtoolCase, 16 * 1024);
        yield return new FuzzTarget("ethtool-ioctl", IoctlSeeds(), Tokens, EthtoolIoctlCase, 8 * 1024);
        yield return new FuzzTarget("netlink-reply", all, Tokens, ReplyCase, 16 * 1024);
    }

    private static bool Described(NetlinkFormatException e) => e.Message.Length > 0;

    private static List<NetlinkMessage> Split(byte[] input)
    {
        List<NetlinkMessage> messages = [];
        Expect.Only<NetlinkFormatException>(() => messages = NetlinkMessageParser.Split(input), Described);
        return messages;
    }

    private static void MessageCase(byte[] input)
    {
        var messages = Split(input);
        Expect.That(messages.Sum(m => m.Payload.Length + 16) <= input.Length, "messages are no longer than the datagram");
    }

    private static void AttributeCase(byte[] input) => Walk(input, 0);

    private static void Walk(byte[] payload, int depth)
    {
        List<NetlinkAttribute> attributes = [];
        Expect.Only<NetlinkFormatException>(() => attributes = NetlinkAttributeParser.Parse(payload), Described);
        foreach (var attribute in attributes)
        {
            Expect.NoThrow(() => _ = attribute.AsString());
            Expect.Only<NetlinkFormatException>(() => _ = attribute.AsUInt32() + attribute.AsBigEndianUInt32() + attribute.AsUInt16(), Described);
            if (depth < 4)
            {
                Walk(attribute.Payload, depth + 1);
            }
        }
    }

    private static void LinkCase(byte[] input)
    {
        foreach (var message in Split(input))
        {
            Expect.Only<NetlinkFormatException>(() => _ = LinkParser.Parse(message), Described);
            Expect.Only<NetlinkFormatException>(
                () =>
                {
                    var link = LinkParser.Parse(message with { Type = LinkParser.RtmNewLink });
                    Expect.That(link.ParentIndex != link.Index && link.ParentIndex != 0, "a link is never its own parent and parent 0 means none");
                },
                Described);
        }
    }

    private static void NftablesCase(byte[] input)
    {
        foreach (var message in Split(input))
        {
            Expect.Only<NetlinkFormatException>(() => _ = NftablesParser.Table(message with { Type = NftablesParser.MessageType(NftablesParser.MsgNewTable) }), Described);
            Expect.Only<NetlinkFormatException>(() => _ = NftablesParser.Chain(message with { Type = NftablesParser.MessageType(NftablesParser.MsgNewChain) }), Described);
            Expect.Only<NetlinkFormatException>(() => _ = NftablesParser.Chain(message), Described);
        }
    }

    private static void EthtoolCase(byte[] input)
    {
        foreach (var message in Split(input))
        {
            Expect.Only<NetlinkFormatException>(() => _ = EthtoolParser.FamilyId(message), Described);
            Expect.Only<NetlinkFormatException>(() => Expect.That(EthtoolParser.Features(message).Keys.All(k => k.Length > 0), "feature names are non-empty"), Described);
        }
    }

    /// <summary>Input layout: a 4-byte little-endian feature count, a 2-byte length of the strings buffer, the strings
    /// buffer, then the features buffer.</summary>
    private static void EthtoolIoctlCase(byte[] input)
    {
        if (input.Length < 6)
        {
            return;
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(input);
        var rest = input.AsSpan(6);
        var stringsLength = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(input.AsSpan(4)), rest.Length);
        var strings = rest[..stringsLength].ToArray();
        var features = rest[stringsLength..].ToArray();
        Expect.Only<NetlinkFormatException>(() => Expect.That(EthtoolIoctlParser.Features(strings, features, count).Count <= Math.Max(count, 0), "no more features than the count"), Described);
    }

    private static IReadOnlyList<byte[]> IoctlSeeds()
    {
        var seeds = new List<byte[]>();
        foreach (var count in new[] { 0, 1, 3, 32, 33, 64 })
        {
            var strings = new byte[EthtoolIoctlParser.StringsHeader + (count * EthtoolIoctlParser.StringLength)];
            for (var i = 0; i < count; i++)
            {
                System.Text.Encoding.ASCII.GetBytes($"feature-{i}").CopyTo(strings, EthtoolIoctlParser.StringsHeader + (i * EthtoolIoctlParser.StringLength));
            }

            var features = new byte[EthtoolIoctlParser.FeaturesHeader + (((count + 31) / 32) * EthtoolIoctlParser.BlockLength)];
            Array.Fill(features, (byte)0x5A, EthtoolIoctlParser.FeaturesHeader, features.Length - EthtoolIoctlParser.FeaturesHeader);
            var seed = new byte[6 + strings.Length + features.Length];
            BinaryPrimitives.WriteInt32LittleEndian(seed, count);
            BinaryPrimitives.WriteUInt16LittleEndian(seed.AsSpan(4), (ushort)strings.Length);
            strings.CopyTo(seed, 6);
            features.CopyTo(seed, 6 + strings.Length);
            seeds.Add(seed);
        }

        return seeds;
    }

    private static void ReplyCase(byte[] input)
    {
        var sequence = input.Length >= 12 ? BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(8)) : 0;
        var collector = new NetlinkReplyCollector(sequence);
        try
        {
            // The same datagram twice: a dump's parts arrive in successive datagrams.
            _ = collector.Accept(input) || collector.Accept(input);
        }
        catch (Exception e) when (e is NetlinkFormatException or NetlinkErrorException or NetlinkDumpInterruptedException && e.Message.Length > 0)
        {
        }
        catch (Exception e)
        {
            throw new FuzzViolation($"undocumented {e.GetType().Name} from NetlinkReplyCollector.Accept", e);
        }
    }
}
