using System.Text;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Tests.Iptables;

public class LegacyEntriesParserTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UserChains_Entries_NamesErrorTargetChainsUntilTheEnd(bool ipv6)
    {
        var blob = Entries(ipv6, ("", "standard"), ("ERROR", "KUBE-IPTABLES-HINT"), ("", "standard"), ("ERROR", "KUBE-KUBELET-CANARY"), ("ERROR", "ERROR"), ("ERROR", "AFTER-END"));

        Assert.Equal(["KUBE-IPTABLES-HINT", "KUBE-KUBELET-CANARY"], LegacyEntriesParser.UserChains(blob, ipv6));
    }

    [Fact]
    public void UserChains_NextOffsetPastBlob_Throws()
    {
        var blob = Entries(false, ("ERROR", "X"));
        blob[90] = 0xff;

        var e = Assert.Throws<NetlinkFormatException>(() => LegacyEntriesParser.UserChains(blob, false));
        Assert.StartsWith("iptables entry at byte 0 has target_offset 112, next_offset", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Entries as the kernel lays them out: ipt_entry (112 B) or ip6t_entry (168 B), then a 64-byte target
    /// (u16 size, char name[29], u8 revision, data).</summary>
    private static byte[] Entries(bool ipv6, params (string Target, string Data)[] entries)
    {
        var entrySize = ipv6 ? 168 : 112;
        var offsetsAt = ipv6 ? 140 : 88;
        const int targetSize = 64;
        var blob = new byte[entries.Length * (entrySize + targetSize)];
        for (var i = 0; i < entries.Length; i++)
        {
            var start = i * (entrySize + targetSize);
            BitConverter.GetBytes((ushort)entrySize).CopyTo(blob, start + offsetsAt);
            BitConverter.GetBytes((ushort)(entrySize + targetSize)).CopyTo(blob, start + offsetsAt + 2);
            BitConverter.GetBytes((ushort)targetSize).CopyTo(blob, start + entrySize);
            Encoding.ASCII.GetBytes(entries[i].Target).CopyTo(blob, start + entrySize + 2);
            Encoding.ASCII.GetBytes(entries[i].Data).CopyTo(blob, start + entrySize + 32);
        }

        return blob;
    }
}
