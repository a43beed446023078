using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpTransparency"/> from <see cref="MptcpAvailability"/> and the kernel version when no
/// usable probe result exists.</summary>
/// <remarks>Without MPTCP sockets (no <c>CONFIG_MPTCP</c>, <c>net.mptcp.enabled=0</c>, or a kernel before 5.6) a Go
/// listener falls back to plain TCP and <c>IP_TRANSPARENT</c> works. Otherwise the kernel version decides, which is
/// weaker evidence: distribution kernels (RHEL 9's 5.14) backport MPTCP changes, so the derived fact says it rests on
/// the version.</remarks>
[RuleId("NODE-MPTCP-TRANSPARENT-KERNEL"), Title("IP_TRANSPARENT on MPTCP sockets, from MPTCP availability and the kernel version"), Derivation, Priority(100)]
public sealed class MptcpTransparencyFromKernel : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        MptcpAvailability mptcp = null!;
        KernelInfo kernel = null!;
        When()
            .Match(() => mptcp)
            .Match(() => kernel)
            .Not<SocketCapability>(p => p.Probe == SocketProbes.MptcpIpTransparent && (p.Result == ProbeResult.Supported || p.Result == ProbeResult.Unsupported));
        Then().Yield(ctx => Decide(mptcp, kernel, ctx.DerivedProvenance()));
    }

    private static MptcpTransparency Decide(MptcpAvailability mptcp, KernelInfo kernel, Provenance provenance)
    {
        const string Fallback = "; no usable mptcp-ip-transparent probe, so this rests on the version";
        if (!mptcp.Available)
        {
            return new MptcpTransparency(true, mptcp.Basis) { Provenance = provenance };
        }

        return kernel.Version.Upstream >= MptcpTransparency.FirstSupportingKernel
            ? new MptcpTransparency(true, "kernel " + kernel.Release + " is 5.17 or later" + Fallback) { Provenance = provenance }
            : new MptcpTransparency(false, "kernel " + kernel.Release + " is older than 5.17" + Fallback) { Provenance = provenance };
    }
}
