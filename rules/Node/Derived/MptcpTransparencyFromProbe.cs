using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpTransparency"/> from the <c>mptcp-ip-transparent</c> socket probe, the best evidence.</summary>
[RuleId("NODE-MPTCP-TRANSPARENT-PROBE"), Title("IP_TRANSPARENT on MPTCP sockets, from the live probe"), Derivation, Priority(100)]
public sealed class MptcpTransparencyFromProbe : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        SocketCapability probe = null!;
        When().Keyed(() => probe, SocketCapability.KeyFor(SocketProbes.MptcpIpTransparent), p => p.Result == ProbeResult.Supported || p.Result == ProbeResult.Unsupported);
        Then().Yield(ctx => ctx.Derived(new MptcpTransparency(
            probe.Result == ProbeResult.Supported,
            "socket probe mptcp-ip-transparent: " + probe.Result + (probe.Errno == null ? string.Empty : " (errno " + probe.Errno + ")"))));
    }
}
