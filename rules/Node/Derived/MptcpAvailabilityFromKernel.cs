using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpAvailability"/> from the kernel version when neither <c>net.mptcp.enabled</c> nor
/// the kernel configuration was read: MPTCP arrived in 5.6, but a kernel may be built without it, so this is the
/// weakest evidence.</summary>
[RuleId("NODE-MPTCP-AVAILABLE-KERNEL"), Title("MPTCP availability, from the kernel version"), Derivation, Priority(100)]
public sealed class MptcpAvailabilityFromKernel : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        KernelInfo kernel = null!;
        When()
            .Match(() => kernel)
            .Not<Sysctl>(s => s.Name == MptcpAvailability.SysctlName && (s.Value == null || s.AsInteger != null))
            .Not<KernelConfig>();
        Then().Yield(ctx => ctx.Derived(new MptcpAvailability(
            kernel.Version.Upstream >= MptcpTransparency.FirstMptcpKernel,
            kernel.Version.Upstream >= MptcpTransparency.FirstMptcpKernel
                ? "kernel " + kernel.Release + " is 5.6 or later; neither net.mptcp.enabled nor CONFIG_MPTCP read, so this rests on the version"
                : "kernel " + kernel.Release + " is older than 5.6 and has no MPTCP, so Go falls back to plain TCP")));
    }
}
