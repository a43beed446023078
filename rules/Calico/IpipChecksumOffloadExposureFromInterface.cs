using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="IpipChecksumOffloadExposure"/> from <c>tunl0</c>'s live
/// <c>tx-checksum-ip-generic</c> state, the best evidence: it shows what felix (or an administrator) did.</summary>
[RuleId("CALICO-IPIP-CSUM-EXPOSURE-INTERFACE"), Title("IPIP checksum offload exposure, from tunl0"), Derivation, Priority(100)]
public sealed class IpipChecksumOffloadExposureFromInterface : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        NetworkInterface tunnel = null!;
        KernelInfo kernel = null!;
        When()
            .Keyed(() => tunnel, NetworkInterface.KeyFor(CalicoChecksumOffloadPolicy.IpipInterface), i => i.Offload(CalicoChecksumOffloadPolicy.Feature) != null)
            .Match(() => kernel);
        Then().Yield(ctx => new IpipChecksumOffloadExposure(
            tunnel.Offload(CalicoChecksumOffloadPolicy.Feature) == true && CalicoChecksumOffloadPolicy.IpipKernelBroken(kernel.Version),
            CalicoChecksumOffloadPolicy.IpipInterface + " " + CalicoChecksumOffloadPolicy.Feature + " is " + (tunnel.Offload(CalicoChecksumOffloadPolicy.Feature) == true ? "on" : "off")
            + " on kernel " + kernel.Release + (CalicoChecksumOffloadPolicy.IpipKernelBroken(kernel.Version) ? " (3.14 to 5.7.0)" : " (outside 3.14 to 5.7.0)"))
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
