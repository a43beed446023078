using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="VxlanChecksumOffloadExposure"/> from <c>vxlan.calico</c>'s live <c>tx-checksum-ip-generic</c> state.</summary>
[RuleId("CALICO-VXLAN-CSUM-EXPOSURE-INTERFACE"), Title("VXLAN checksum offload exposure, from vxlan.calico"), Derivation, Priority(100)]
public sealed class VxlanChecksumOffloadExposureFromInterface()
    : ChecksumOffloadExposureFromInterfaceRule<VxlanChecksumOffloadExposure>(CalicoTunnel.Vxlan, (exposed, basis) => new VxlanChecksumOffloadExposure(exposed, basis));
