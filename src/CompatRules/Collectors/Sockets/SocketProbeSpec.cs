using CompatRules.Collectors.Interop;
using CompatRules.Facts;

namespace CompatRules.Collectors.Sockets;

/// <summary>One probe: a socket to open and, optionally, a transparent-proxy option to set on it.</summary>
internal sealed record SocketProbeSpec(string Name, int Family, int Protocol, bool SetTransparent)
{
    public static IReadOnlyList<SocketProbeSpec> All { get; } =
    [
        new(SocketProbes.Mptcp, Libc.AF_INET, Libc.IPPROTO_MPTCP, false),
        new(SocketProbes.MptcpIpv6, Libc.AF_INET6, Libc.IPPROTO_MPTCP, false),
        new(SocketProbes.TcpIpTransparent, Libc.AF_INET, Libc.IPPROTO_TCP, true),
        new(SocketProbes.MptcpIpTransparent, Libc.AF_INET, Libc.IPPROTO_MPTCP, true),
        new(SocketProbes.TcpIpv6Transparent, Libc.AF_INET6, Libc.IPPROTO_TCP, true),
        new(SocketProbes.MptcpIpv6Transparent, Libc.AF_INET6, Libc.IPPROTO_MPTCP, true),
    ];

    public string SocketCall
        => $"socket({(Family == Libc.AF_INET ? "AF_INET" : "AF_INET6")}, SOCK_STREAM, {(Protocol == Libc.IPPROTO_MPTCP ? "IPPROTO_MPTCP" : "IPPROTO_TCP")})";

    /// <summary>The protocol's name in <c>/proc/net/protocols</c>, which lists it once it is registered.</summary>
    public string RegisteredName => (Family, Protocol) switch
    {
        (Libc.AF_INET, Libc.IPPROTO_MPTCP) => "MPTCP",
        (Libc.AF_INET6, Libc.IPPROTO_MPTCP) => "MPTCPv6",
        (Libc.AF_INET6, _) => "TCPv6",
        _ => "TCP",
    };

    public string OptionCall => Family == Libc.AF_INET ? "setsockopt(SOL_IP, IP_TRANSPARENT, 1)" : "setsockopt(SOL_IPV6, IPV6_TRANSPARENT, 1)";
}
