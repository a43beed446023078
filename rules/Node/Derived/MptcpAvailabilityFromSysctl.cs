using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpAvailability"/> from <c>net.mptcp.enabled</c>, the best evidence: absent means no
/// MPTCP in the kernel, 0 means switched off, anything else means on.</summary>
[RuleId("NODE-MPTCP-AVAILABLE-SYSCTL"), Title("MPTCP availability, from net.mptcp.enabled"), Derivation, Priority(100)]
public sealed class MptcpAvailabilityFromSysctl : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Sysctl enabled = null!;
        When().Keyed(() => enabled, Sysctl.KeyFor(MptcpAvailability.SysctlName), s => s.Value == null || s.AsInteger != null);
        Then().Yield(ctx => Decide(enabled, ctx.DerivedProvenance()));
    }

    private static MptcpAvailability Decide(Sysctl enabled, Provenance provenance)
    {
        if (enabled.Value is null)
        {
            return new MptcpAvailability(false, MptcpAvailability.SysctlName + " does not exist: the kernel has no MPTCP, so Go falls back to plain TCP") { Provenance = provenance };
        }

        return enabled.AsInteger == 0
            ? new MptcpAvailability(false, MptcpAvailability.SysctlName + "=0: MPTCP sockets are refused, so Go falls back to plain TCP") { Provenance = provenance }
            : new MptcpAvailability(true, MptcpAvailability.SysctlName + "=" + enabled.Value) { Provenance = provenance };
    }
}
