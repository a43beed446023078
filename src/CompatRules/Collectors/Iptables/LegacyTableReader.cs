using System.Buffers.Binary;
using System.Text;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Netlink;

namespace CompatRules.Collectors.Iptables;

/// <summary>Lists the user chains of legacy x_tables tables with <c>IPT_SO_GET_INFO</c>/<c>GET_ENTRIES</c>.</summary>
/// <remarks>Only ever called with names read from <c>ip(6)_tables_names</c>: asking for any other table creates
/// it. Needs CAP_NET_RAW for the raw socket and CAP_NET_ADMIN for the getsockopt calls.</remarks>
internal static unsafe class LegacyTableReader
{
    private const int GetInfo = 64;
    private const int GetEntries = 65;
    private const int InfoSize = 84;
    private const int EntriesHeader = 40;

    /// <exception cref="NetlinkErrorException">socket or getsockopt failed.</exception>
    /// <exception cref="NetlinkFormatException">The entries are inconsistent.</exception>
    public static List<string> UserChains(string table, bool ipv6)
    {
        var family = ipv6 ? Libc.AF_INET6 : Libc.AF_INET;
        var level = ipv6 ? Libc.SOL_IPV6 : Libc.SOL_IP;
        var fd = Libc.Socket(family, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, Libc.IPPROTO_RAW);
        if (fd < 0)
        {
            throw new NetlinkErrorException(Libc.LastError, $"socket({(ipv6 ? "AF_INET6" : "AF_INET")}, SOCK_RAW, IPPROTO_RAW)");
        }

        try
        {
            var info = new byte[InfoSize];
            Encoding.ASCII.GetBytes(table, info.AsSpan(0, 31));
            var length = (uint)info.Length;
            fixed (byte* p = info)
            {
                if (Libc.GetSockOpt(fd, level, GetInfo, p, &length) != 0)
                {
                    throw new NetlinkErrorException(Libc.LastError, $"getsockopt(SO_GET_INFO, {table})");
                }
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(80));
            var entries = new byte[EntriesHeader + size];
            Encoding.ASCII.GetBytes(table, entries.AsSpan(0, 31));
            BinaryPrimitives.WriteUInt32LittleEndian(entries.AsSpan(32), size);
            length = (uint)entries.Length;
            fixed (byte* p = entries)
            {
                if (Libc.GetSockOpt(fd, level, GetEntries, p, &length) != 0)
                {
                    throw new NetlinkErrorException(Libc.LastError, $"getsockopt(SO_GET_ENTRIES, {table})");
                }
            }

            return LegacyEntriesParser.UserChains(entries.AsSpan(EntriesHeader, (int)size), ipv6);
        }
        finally
        {
            _ = Libc.Close(fd);
        }
    }
}
