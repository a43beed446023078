using System.Text;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;
using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz.Targets;

/// <summary>The legacy iptables entries blob (<c>IPT_SO_GET_ENTRIES</c>), IPv4 and IPv6 layouts. The first input
/// byte chooses the layout.</summary>
internal static class IptablesTargets
{
    public static IEnumerable<FuzzTarget> All()
    {
        yield return new FuzzTarget("iptables-legacy-entries", [Seed(false), Seed(true)], Mutator.Tokens("ERROR\u0000", "KUBE-IPTABLES-HINT", "\u0070\u0000", "\u00a8\u0000"), EntriesCase, 16 * 1024);
    }

    private static void EntriesCase(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var ipv6 = (input[0] & 1) == 1;
        Expect.Only<NetlinkFormatException>(
            () => Expect.That(LegacyEntriesParser.UserChains(input.AsSpan(1), ipv6).All(c => c.Length <= 30 && c != "ERROR"), "chain names fit xt_error_target and stop at ERROR"),
            e => e.Message.StartsWith("iptables entry at byte ", StringComparison.Ordinal));
    }

    /// <summary>Entries as the kernel lays them out: ipt_entry (112 B) or ip6t_entry (168 B), then a 64-byte target
    /// (u16 size, char name[29], u8 revision, data); a standard entry, two user chains and the final ERROR.</summary>
    private static byte[] Seed(bool ipv6)
    {
        (string Target, string Data)[] entries = [(string.Empty, "standard"), ("ERROR", "KUBE-IPTABLES-HINT"), ("ERROR", "KUBE-KUBELET-CANARY"), ("ERROR", "ERROR")];
        var entrySize = ipv6 ? LegacyEntriesParser.Ipv6EntrySize : LegacyEntriesParser.Ipv4EntrySize;
        var offsetsAt = ipv6 ? 140 : 88;
        const int targetSize = 64;
        var blob = new byte[1 + (entries.Length * (entrySize + targetSize))];
        blob[0] = ipv6 ? (byte)1 : (byte)0;
        for (var i = 0; i < entries.Length; i++)
        {
            var start = 1 + (i * (entrySize + targetSize));
            BitConverter.GetBytes((ushort)entrySize).CopyTo(blob, start + offsetsAt);
            BitConverter.GetBytes((ushort)(entrySize + targetSize)).CopyTo(blob, start + offsetsAt + 2);
            BitConverter.GetBytes((ushort)targetSize).CopyTo(blob, start + entrySize);
            Encoding.ASCII.GetBytes(entries[i].Target).CopyTo(blob, start + entrySize + 2);
            Encoding.ASCII.GetBytes(entries[i].Data).CopyTo(blob, start + entrySize + 32);
        }

        return blob;
    }
}
