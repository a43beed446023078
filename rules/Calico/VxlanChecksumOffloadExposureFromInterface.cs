using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="VxlanChecksumOffloadExposure"/> from <c>vxlan.calico</c>'s live
/// <c>tx-checksum-ip-generic</c> state, the best evidence: it shows what felix (or an administrator) did.</summary>
[RuleId("CALICO-VXLAN-CSUM-EXPOSURE-INTERFACE"), Title("VXLAN checksum offload exposure, from vxlan.calico"), Derivation, Priority(100)]
public sealed class VxlanChecksumOffloadExposureFromInterface : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        NetworkInterface vxlan = null!;
        KernelInfo kernel = null!;
        When()
            .Keyed(() => vxlan, NetworkInterface.KeyFor(CalicoChecksumOffloadPolicy.VxlanInterface), i => i.Offload(CalicoChecksumOffloadPolicy.Feature) != null)
            .Match(() => kernel);
        Then().Yield(ctx => new VxlanChecksumOffloadExposure(
            vxlan.Offload(CalicoChecksumOffloadPolicy.Feature) == true && CalicoChecksumOffloadPolicy.VxlanKernelBroken(kernel.Version),
            CalicoChecksumOffloadPolicy.VxlanInterface + " " + CalicoChecksumOffloadPolicy.Feature + " is " + (vxlan.Offload(CalicoChecksumOffloadPolicy.Feature) == true ? "on" : "off")
            + " on kernel " + kernel.Release + (CalicoChecksumOffloadPolicy.VxlanKernelBroken(kernel.Version) ? " (older than 5.7)" : " (5.7 or later)"))
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
