namespace CompatRules.Collectors.Netlink;

/// <summary>Netlink protocol numbers, message types and flags (linux-facts §3).</summary>
internal static class NetlinkConstants
{
    public const int NETLINK_ROUTE = 0;
    public const int NETLINK_NETFILTER = 12;
    public const int NETLINK_GENERIC = 16;

    public const ushort NLMSG_NOOP = 1;
    public const ushort NLMSG_ERROR = 2;
    public const ushort NLMSG_DONE = 3;
    public const ushort NLMSG_OVERRUN = 4;

    public const ushort NLM_F_REQUEST = 0x1;
    public const ushort NLM_F_MULTI = 0x2;
    public const ushort NLM_F_ACK = 0x4;
    public const ushort NLM_F_DUMP_INTR = 0x10;
    public const ushort NLM_F_DUMP = 0x300;
    public const ushort NLM_F_CREATE = 0x400;

    public const int HeaderLength = 16;
    public const ushort NLA_TYPE_MASK = 0x3FFF;
    public const ushort NLA_F_NESTED = 0x8000;

    public static int Align(int length) => (length + 3) & ~3;
}
