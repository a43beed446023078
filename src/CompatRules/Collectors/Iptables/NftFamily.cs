namespace CompatRules.Collectors.Iptables;

/// <summary>nfproto family numbers and their nft(8) names.</summary>
internal static class NftFamily
{
    public const byte Unspec = 0;
    public const byte Inet = 1;
    public const byte Ipv4 = 2;
    public const byte Ipv6 = 10;

    public static string Name(byte family) => family switch
    {
        Inet => "inet",
        Ipv4 => "ip",
        3 => "arp",
        5 => "netdev",
        7 => "bridge",
        Ipv6 => "ip6",
        _ => $"family{family}",
    };
}
