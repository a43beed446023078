using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpTransparency"/> from the kernel version when no usable probe result exists.</summary>
/// <remarks>Weaker evidence: distribution kernels (RHEL 9's 5.14) backport MPTCP changes, so the derived fact says
/// it rests on the version. Kernels before 5.6 have no MPTCP at all, so a Go listener falls back to plain TCP and
/// <c>IP_TRANSPARENT</c> works.</remarks>
[RuleId("NODE-MPTCP-TRANSPARENT-KERNEL"), Title("IP_TRANSPARENT on MPTCP sockets, from the kernel version"), Derivation, Priority(100)]
public sealed class MptcpTransparencyFromKernel : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        KernelInfo kernel = null!;
        When()
            .Match(() => kernel)
            .Not<SocketCapability>(p => p.Probe == SocketProbes.MptcpIpTransparent && (p.Result == ProbeResult.Supported || p.Result == ProbeResult.Unsupported));
        Then().Yield(ctx => Decide(kernel, ctx.DerivedProvenance()));
    }

    private static MptcpTransparency Decide(KernelInfo kernel, Provenance provenance)
    {
        const string Fallback = "; no usable mptcp-ip-transparent probe, so this rests on the version";
        var upstream = kernel.Version.Upstream;
        if (upstream < MptcpTransparency.FirstMptcpKernel)
        {
            return new MptcpTransparency(true, "kernel " + kernel.Release + " is older than 5.6 and has no MPTCP, so Go listeners fall back to plain TCP" + Fallback) { Provenance = provenance };
        }

        return upstream >= MptcpTransparency.FirstSupportingKernel
            ? new MptcpTransparency(true, "kernel " + kernel.Release + " is 5.17 or later" + Fallback) { Provenance = provenance }
            : new MptcpTransparency(false, "kernel " + kernel.Release + " is older than 5.17" + Fallback) { Provenance = provenance };
    }
}
