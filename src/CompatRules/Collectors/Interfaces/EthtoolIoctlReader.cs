using System.Buffers.Binary;
using System.Text;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Reads offload features with the <c>SIOCETHTOOL</c> ioctl, for kernels without ethtool netlink
/// <c>FEATURES_GET</c> (before 5.7). Read-only commands only; no privilege needed.</summary>
internal static unsafe class EthtoolIoctlReader
{
    private const nuint SiocEthtool = 0x8946;
    private const uint GetStringSetInfo = 0x37;
    private const uint GetStrings = 0x1b;
    private const uint GetFeatures = 0x3a;
    private const int FeaturesStringSet = 4;
    private const int IfreqLength = 40;
    private const int InterfaceNameLength = 16;

    /// <exception cref="NetlinkErrorException">socket or ioctl failed (ENODEV for an unknown device).</exception>
    /// <exception cref="NetlinkFormatException">The kernel's answers are inconsistent.</exception>
    public static Dictionary<string, bool> Features(string device)
    {
        var fd = Libc.Socket(Libc.AF_INET, Libc.SOCK_DGRAM | Libc.SOCK_CLOEXEC, 0);
        if (fd < 0)
        {
            throw new NetlinkErrorException(Libc.LastError, "socket(AF_INET, SOCK_DGRAM)");
        }

        try
        {
            var info = new byte[20];
            BinaryPrimitives.WriteUInt32LittleEndian(info, GetStringSetInfo);
            BinaryPrimitives.WriteUInt64LittleEndian(info.AsSpan(8), 1UL << FeaturesStringSet);
            Call(fd, device, info, "ETHTOOL_GSSET_INFO");
            if ((BinaryPrimitives.ReadUInt64LittleEndian(info.AsSpan(8)) & (1UL << FeaturesStringSet)) == 0)
            {
                return [];
            }

            var count = (int)BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(16));
            if (count is < 0 or > 4096)
            {
                throw new NetlinkFormatException($"ETHTOOL_GSSET_INFO reported {count} features");
            }

            var strings = new byte[EthtoolIoctlParser.StringsHeader + (count * EthtoolIoctlParser.StringLength)];
            BinaryPrimitives.WriteUInt32LittleEndian(strings, GetStrings);
            BinaryPrimitives.WriteUInt32LittleEndian(strings.AsSpan(4), FeaturesStringSet);
            BinaryPrimitives.WriteUInt32LittleEndian(strings.AsSpan(8), (uint)count);
            Call(fd, device, strings, "ETHTOOL_GSTRINGS");

            var blocks = (count + 31) / 32;
            var features = new byte[EthtoolIoctlParser.FeaturesHeader + (blocks * EthtoolIoctlParser.BlockLength)];
            BinaryPrimitives.WriteUInt32LittleEndian(features, GetFeatures);
            BinaryPrimitives.WriteUInt32LittleEndian(features.AsSpan(4), (uint)blocks);
            Call(fd, device, features, "ETHTOOL_GFEATURES");

            return EthtoolIoctlParser.Features(strings, features, count);
        }
        finally
        {
            _ = Libc.Close(fd);
        }
    }

    private static void Call(int fd, string device, byte[] command, string name)
    {
        var ifreq = stackalloc byte[IfreqLength];
        new Span<byte>(ifreq, IfreqLength).Clear();
        var nameBytes = Encoding.ASCII.GetBytes(device);
        nameBytes.AsSpan(0, Math.Min(nameBytes.Length, InterfaceNameLength - 1)).CopyTo(new Span<byte>(ifreq, InterfaceNameLength));
        fixed (byte* data = command)
        {
            *(byte**)(ifreq + InterfaceNameLength) = data;
            if (Libc.Ioctl(fd, SiocEthtool, ifreq) != 0)
            {
                throw new NetlinkErrorException(Libc.LastError, $"ioctl(SIOCETHTOOL, {name}, {device})");
            }
        }
    }
}
