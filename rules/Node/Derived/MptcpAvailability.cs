using CompatRules.Facts;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derived: whether a program on this node gets an MPTCP socket when it asks for one, and on what evidence.</summary>
/// <remarks>Go 1.24 and later make TCP listeners MPTCP by default. When <c>socket(IPPROTO_MPTCP)</c> fails (a kernel
/// built without <c>CONFIG_MPTCP</c> answers EPROTONOSUPPORT, <c>net.mptcp.enabled=0</c> refuses it), Go falls back to
/// plain TCP, so nothing MPTCP-specific can break.</remarks>
/// <param name="Available">True when MPTCP sockets can be created.</param>
/// <param name="Basis">The evidence, in words: <c>net.mptcp.enabled</c>, <c>CONFIG_MPTCP</c>, or the kernel version.</param>
public sealed record MptcpAvailability(bool Available, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:mptcp-available";

    /// <summary>The sysctl that exists only on kernels with MPTCP and turns it off at 0.</summary>
    public const string SysctlName = "net.mptcp.enabled";

    /// <summary>The kernel option that builds MPTCP (a bool option: built in or absent).</summary>
    public const string ConfigOption = "CONFIG_MPTCP";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"MPTCP sockets {(Available ? "available" : "unavailable")} ({Basis})";
}
