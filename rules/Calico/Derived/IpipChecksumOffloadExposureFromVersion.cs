using CompatRules.Dsl;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derives <see cref="IpipChecksumOffloadExposure"/> from Calico's version and the kernel when <c>tunl0</c>'s
/// offload state was not read.</summary>
[RuleId("CALICO-IPIP-CSUM-EXPOSURE-VERSION"), Title("IPIP checksum offload exposure, from Calico's version and the kernel"), Derivation, Priority(100)]
public sealed class IpipChecksumOffloadExposureFromVersion()
    : ChecksumOffloadExposureFromVersionRule<IpipChecksumOffloadExposure>(CalicoTunnel.Ipip, (exposed, basis) => new IpipChecksumOffloadExposure(exposed, basis));
