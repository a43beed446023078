using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F1b: some Calico releases turn VXLAN checksum offload off on every kernel, including
/// kernels that do not need it.</summary>
[RuleId("CALICO-VXLAN-CSUM-OFFLOAD-ALL-KERNELS")]
[Title("Calico turns VXLAN checksum offload off even on kernels that do not need it")]
[Severity(Severity.Info)]
[Component(ComponentNames.Calico)]
[Tag("vxlan"), Tag("checksum-offload"), Tag("performance")]
[Description("Calico's offload policy changed several times: v3.20.0 (and v3.19.2, felix #2815) turned VXLAN tx checksum offload off on kernels before 5.7; v3.24.6 and " +
    "v3.25.0 to v3.27.x turn it off on every kernel (#6842 'Disable VXLAN checksum offload by default', #7007; felix ChecksumOffloadBroken: true); " +
    "v3.28.0 re-enabled it on kernels after 5.7.0 (#8746, pick #8774); v3.28.1 went back to every kernel (#9036, #9037); v3.29.0 (#9091) and " +
    "v3.28.2 (#9102) enable it again on kernels after 5.7.0. On the every-kernel releases a node with a fixed kernel shows tx-checksum-ip-generic off on vxlan.calico " +
    "and computes VXLAN checksums in software: nothing breaks, it only costs some CPU and throughput. This is worth knowing when comparing nodes " +
    "or versions; it is also why those releases are safe from CALICO-VXLAN-CSUM-OFFLOAD.")]
[Symptom("ethtool -k vxlan.calico shows tx-checksum-ip-generic: off on a kernel newer than 5.7; slightly higher CPU for VXLAN traffic")]
[Condition("Calico encapsulation is VXLAN (or VXLANCrossSubnet)")]
[Condition("kernel newer than 5.7.0, where the offload would be safe")]
[Condition("vxlan.calico's tx-checksum-ip-generic is not seen on (when it was read)")]
[Affects(ComponentNames.Calico, "[3.24.6,3.28.0)"), Affects(ComponentNames.Calico, "[3.28.1,3.28.2)")]
[FixedIn(ComponentNames.Calico, "v3.28.0"), FixedIn(ComponentNames.Calico, "v3.28.2")]
[Remediation(1, "Nothing is required. To get the offload back, upgrade Calico to v3.28.2 or v3.29.0 or later.")]
[Reference("https://github.com/projectcalico/calico/pull/6842")]
[Reference("https://github.com/projectcalico/calico/pull/7007")]
[Reference("https://github.com/projectcalico/calico/pull/8746")]
[Reference("https://github.com/projectcalico/calico/pull/8774")]
[Reference("https://github.com/projectcalico/calico/pull/9036")]
[Reference("https://github.com/projectcalico/calico/pull/9037")]
[Reference("https://github.com/projectcalico/calico/pull/9091")]
[Reference("https://github.com/projectcalico/calico/pull/9102")]
public sealed class VxlanChecksumOffloadOffOnAllKernels : Rule
{
    private static readonly Versions.KernelVersion LastBrokenKernel = new(5, 7, 0);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        ComponentSetting encapsulation = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Keyed(() => encapsulation, CalicoEncapsulation.Key, s => CalicoEncapsulation.IsVxlan(s))
            .Match(() => kernel, k => k.Version.Upstream > LastBrokenKernel)
            .Not<NetworkInterface>(i => i.Name == CalicoChecksumOffloadPolicy.VxlanInterface && i.Offload(CalicoChecksumOffloadPolicy.Feature) == true);
        Then().Do(ctx => ctx.Note(CalicoChecksumOffloadPolicy.DescribeVxlan(calico.Version!) + "; kernel " + kernel.Release + " does not need it."));
    }
}
