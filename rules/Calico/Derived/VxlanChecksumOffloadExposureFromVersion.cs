using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="VxlanChecksumOffloadExposure"/> from Calico's version and the kernel when <c>vxlan.calico</c>'s
/// offload state was not read.</summary>
[RuleId("CALICO-VXLAN-CSUM-EXPOSURE-VERSION"), Title("VXLAN checksum offload exposure, from Calico's version and the kernel"), Derivation, Priority(100)]
public sealed class VxlanChecksumOffloadExposureFromVersion()
    : ChecksumOffloadExposureFromVersionRule<VxlanChecksumOffloadExposure>(CalicoTunnel.Vxlan, (exposed, basis) => new VxlanChecksumOffloadExposure(exposed, basis));
