using System.Buffers.Binary;
using System.Text;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Reads the buffers of the <c>SIOCETHTOOL</c> commands <c>ETHTOOL_GSTRINGS</c> (feature names, 32 bytes
/// each) and <c>ETHTOOL_GFEATURES</c> (16-byte blocks of available, requested, active, never_changed).</summary>
internal static class EthtoolIoctlParser
{
    public const int StringLength = 32;
    public const int StringsHeader = 12;
    public const int FeaturesHeader = 8;
    public const int BlockLength = 16;
    private const int ActiveOffset = 8;

    /// <summary>Feature name to active state for every named feature.</summary>
    /// <exception cref="NetlinkFormatException">The count is negative or the buffers are shorter than it needs.</exception>
    public static Dictionary<string, bool> Features(ReadOnlySpan<byte> strings, ReadOnlySpan<byte> features, int count)
    {
        // In long arithmetic: a count from a broken reply must not overflow into a negative size that passes the check.
        var blocks = ((long)count + 31) / 32;
        if (count < 0 || strings.Length < StringsHeader + ((long)count * StringLength) || features.Length < FeaturesHeader + (blocks * BlockLength))
        {
            throw new NetlinkFormatException($"ethtool ioctl buffers too short for {count} features");
        }

        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var raw = strings.Slice(StringsHeader + (i * StringLength), StringLength);
            var end = raw.IndexOf((byte)0);
            var name = Encoding.ASCII.GetString(end < 0 ? raw : raw[..end]);
            if (name.Length == 0)
            {
                continue;
            }

            var active = BinaryPrimitives.ReadUInt32LittleEndian(features[(FeaturesHeader + ((i / 32) * BlockLength) + ActiveOffset)..]);
            result[name] = (active & (1u << (i % 32))) != 0;
        }

        return result;
    }
}
