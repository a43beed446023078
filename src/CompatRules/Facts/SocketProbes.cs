namespace CompatRules.Facts;

/// <summary>The names of the socket probes the collectors run and the built-in rules read.</summary>
public static class SocketProbes
{
    /// <summary>An IPv4 MPTCP socket can be created: <c>socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP)</c>.</summary>
    public const string Mptcp = "mptcp";

    /// <summary>An IPv6 MPTCP socket can be created.</summary>
    public const string MptcpIpv6 = "mptcp-ipv6";

    /// <summary><c>IP_TRANSPARENT</c> can be set on a plain IPv4 TCP socket.</summary>
    public const string TcpIpTransparent = "tcp-ip-transparent";

    /// <summary><c>IP_TRANSPARENT</c> can be set on an IPv4 MPTCP socket, as a Go ≥ 1.24 listener needs.</summary>
    public const string MptcpIpTransparent = "mptcp-ip-transparent";

    /// <summary><c>IPV6_TRANSPARENT</c> can be set on a plain IPv6 TCP socket.</summary>
    public const string TcpIpv6Transparent = "tcp-ipv6-transparent";

    /// <summary><c>IPV6_TRANSPARENT</c> can be set on an IPv6 MPTCP socket.</summary>
    public const string MptcpIpv6Transparent = "mptcp-ipv6-transparent";
}
