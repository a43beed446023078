using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="IpipChecksumOffloadExposure"/> from Calico's offload policy for its version and the
/// kernel when <c>tunl0</c>'s offload state was not read.</summary>
[RuleId("CALICO-IPIP-CSUM-EXPOSURE-VERSION"), Title("IPIP checksum offload exposure, from Calico's version and the kernel"), Derivation, Priority(100)]
public sealed class IpipChecksumOffloadExposureFromVersion : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        ComponentVersion calico = null!;
        KernelInfo kernel = null!;
        When()
            .Component(() => calico, ComponentNames.Calico)
            .Match(() => kernel)
            .Not<NetworkInterface>(i => i.Name == CalicoChecksumOffloadPolicy.IpipInterface && i.Offload(CalicoChecksumOffloadPolicy.Feature) != null);
        Then().Yield(ctx => new IpipChecksumOffloadExposure(
            CalicoChecksumOffloadPolicy.IpipKernelBroken(kernel.Version) && !CalicoChecksumOffloadPolicy.DisablesIpipOffload(calico.Version!, kernel.Version),
            CalicoChecksumOffloadPolicy.IpipInterface + " offload state not read; " + CalicoChecksumOffloadPolicy.DescribeIpip(calico.Version!)
            + "; kernel " + kernel.Release + (CalicoChecksumOffloadPolicy.IpipKernelBroken(kernel.Version) ? " is in 3.14 to 5.7.0" : " is outside 3.14 to 5.7.0")
            + "; this rests on the versions")
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
