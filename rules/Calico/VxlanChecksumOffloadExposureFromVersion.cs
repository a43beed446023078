using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="VxlanChecksumOffloadExposure"/> from Calico's offload policy for its version and the
/// kernel when <c>vxlan.calico</c>'s offload state was not read.</summary>
[RuleId("CALICO-VXLAN-CSUM-EXPOSURE-VERSION"), Title("VXLAN checksum offload exposure, from Calico's version and the kernel"), Derivation, Priority(100)]
public sealed class VxlanChecksumOffloadExposureFromVersion : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        ComponentVersion calico = null!;
        KernelInfo kernel = null!;
        When()
            .Component(() => calico, ComponentNames.Calico)
            .Match(() => kernel)
            .Not<NetworkInterface>(i => i.Name == CalicoChecksumOffloadPolicy.VxlanInterface && i.Offload(CalicoChecksumOffloadPolicy.Feature) != null);
        Then().Yield(ctx => new VxlanChecksumOffloadExposure(
            CalicoChecksumOffloadPolicy.VxlanKernelBroken(kernel.Version) && !CalicoChecksumOffloadPolicy.DisablesVxlanOffload(calico.Version!, kernel.Version),
            CalicoChecksumOffloadPolicy.VxlanInterface + " offload state not read; " + CalicoChecksumOffloadPolicy.DescribeVxlan(calico.Version!)
            + "; kernel " + kernel.Release + (CalicoChecksumOffloadPolicy.VxlanKernelBroken(kernel.Version) ? " is older than 5.7" : " is 5.7 or later")
            + "; this rests on the versions")
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
