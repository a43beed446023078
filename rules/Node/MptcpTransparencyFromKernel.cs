using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="MptcpTransparency"/> from the kernel version when no usable probe result exists.</summary>
/// <remarks>Weaker evidence: distribution kernels (RHEL 9's 5.14) backport MPTCP changes, so the derived fact says
/// it rests on the version.</remarks>
[RuleId("NODE-MPTCP-TRANSPARENT-KERNEL"), Title("IP_TRANSPARENT on MPTCP sockets, from the kernel version"), Derivation, Priority(100)]
public sealed class MptcpTransparencyFromKernel : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        KernelInfo kernel = null!;
        When()
            .Match(() => kernel)
            .Not<SocketCapability>(p => p.Probe == SocketProbes.MptcpIpTransparent && (p.Result == ProbeResult.Supported || p.Result == ProbeResult.Unsupported));
        Then().Yield(ctx => new MptcpTransparency(
            kernel.Version.Upstream >= MptcpTransparency.FirstSupportingKernel,
            "kernel " + kernel.Release + (kernel.Version.Upstream >= MptcpTransparency.FirstSupportingKernel ? " is 5.17 or later" : " is older than 5.17") + "; no usable mptcp-ip-transparent probe, so this rests on the version")
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
