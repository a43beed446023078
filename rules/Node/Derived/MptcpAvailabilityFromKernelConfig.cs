using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpAvailability"/> from <c>CONFIG_MPTCP</c> when <c>net.mptcp.enabled</c> was not read.</summary>
[RuleId("NODE-MPTCP-AVAILABLE-CONFIG"), Title("MPTCP availability, from CONFIG_MPTCP"), Derivation, Priority(100)]
public sealed class MptcpAvailabilityFromKernelConfig : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        KernelConfig config = null!;
        When()
            .Match(() => config)
            .Not<Sysctl>(s => s.Name == MptcpAvailability.SysctlName && (s.Value == null || s.AsInteger != null));
        Then().Yield(ctx => ctx.Derived(new MptcpAvailability(
            config.State(MptcpAvailability.ConfigOption) != KernelOptionState.No,
            config.State(MptcpAvailability.ConfigOption) != KernelOptionState.No
                ? MptcpAvailability.ConfigOption + " is set (net.mptcp.enabled not read; it defaults to 1)"
                : MptcpAvailability.ConfigOption + " is not set: socket(IPPROTO_MPTCP) fails with EPROTONOSUPPORT, so Go falls back to plain TCP")));
    }
}
