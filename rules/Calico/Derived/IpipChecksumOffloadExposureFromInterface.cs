using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="IpipChecksumOffloadExposure"/> from <c>tunl0</c>'s live <c>tx-checksum-ip-generic</c> state.</summary>
[RuleId("CALICO-IPIP-CSUM-EXPOSURE-INTERFACE"), Title("IPIP checksum offload exposure, from tunl0"), Derivation, Priority(100)]
public sealed class IpipChecksumOffloadExposureFromInterface()
    : ChecksumOffloadExposureFromInterfaceRule<IpipChecksumOffloadExposure>(CalicoTunnel.Ipip, (exposed, basis) => new IpipChecksumOffloadExposure(exposed, basis));
