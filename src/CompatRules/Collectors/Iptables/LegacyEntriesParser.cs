using System.Buffers.Binary;
using System.Text;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Iptables;

/// <summary>Walks the entries blob of <c>IPT_SO_GET_ENTRIES</c> / <c>IP6T_SO_GET_ENTRIES</c> and names the user
/// chains: each starts with an entry whose target is <c>ERROR</c> and whose data is the chain name.</summary>
internal static class LegacyEntriesParser
{
    public const int Ipv4EntrySize = 112;
    public const int Ipv6EntrySize = 168;
    private const int TargetNameOffset = 2;
    private const int TargetNameLength = 29;
    private const int TargetDataOffset = 32;
    private const int ChainNameLength = 30;

    /// <exception cref="NetlinkFormatException">An offset points outside the blob.</exception>
    public static List<string> UserChains(ReadOnlySpan<byte> entries, bool ipv6)
    {
        var offsetsAt = ipv6 ? 140 : 88;
        var minimum = ipv6 ? Ipv6EntrySize : Ipv4EntrySize;
        var chains = new List<string>();
        var offset = 0;
        while (offset < entries.Length)
        {
            if (entries.Length - offset < minimum)
            {
                throw new NetlinkFormatException($"iptables entry at byte {offset} is truncated");
            }

            var entry = entries[offset..];
            var targetOffset = BinaryPrimitives.ReadUInt16LittleEndian(entry[offsetsAt..]);
            var nextOffset = BinaryPrimitives.ReadUInt16LittleEndian(entry[(offsetsAt + 2)..]);
            if (nextOffset < minimum || nextOffset > entry.Length || targetOffset + TargetDataOffset > nextOffset)
            {
                throw new NetlinkFormatException($"iptables entry at byte {offset} has target_offset {targetOffset}, next_offset {nextOffset}");
            }

            var target = entry[targetOffset..nextOffset];
            if (CString(target.Slice(TargetNameOffset, TargetNameLength)) == "ERROR")
            {
                var name = CString(target[TargetDataOffset..][..Math.Min(ChainNameLength, target.Length - TargetDataOffset)]);
                if (name == "ERROR")
                {
                    break;
                }

                chains.Add(name);
            }

            offset += nextOffset;
        }

        return chains;
    }

    private static string CString(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        return Encoding.ASCII.GetString(end < 0 ? bytes : bytes[..end]);
    }
}
