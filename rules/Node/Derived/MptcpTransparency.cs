using CompatRules.Facts;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derived: whether <c>IP_TRANSPARENT</c> can be set on an MPTCP socket on this node, and on what evidence.</summary>
/// <remarks>A Go ≥ 1.24 program's TCP listeners are MPTCP sockets by default; a transparent proxy listener on a kernel
/// without MPTCP <c>SOL_IP</c> transparent support (added in Linux 5.17) fails with EOPNOTSUPP.</remarks>
/// <param name="Supported">True when the option can be set.</param>
/// <param name="Basis">The evidence, in words: a live probe, or the kernel version as a fallback.</param>
public sealed record MptcpTransparency(bool Supported, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:mptcp-ip-transparent";

    /// <summary>The first upstream kernel with MPTCP (5.6); before it a Go listener silently falls back to plain TCP.</summary>
    public static readonly Versions.KernelVersion FirstMptcpKernel = new(5, 6);

    /// <summary>The first upstream kernel whose MPTCP sockets accept <c>IP_TRANSPARENT</c> (commit c9406a23c116).</summary>
    public static readonly Versions.KernelVersion FirstSupportingKernel = new(5, 17);

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"IP_TRANSPARENT on MPTCP sockets {(Supported ? "supported" : "not supported")} ({Basis})";
}
