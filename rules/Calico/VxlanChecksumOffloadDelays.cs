using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F1a: Calico VXLAN on a kernel before 5.7 with tx checksum offload on: SNATed packets get
/// bad checksums and connections stall for about 63 s.</summary>
[RuleId("CALICO-VXLAN-CSUM-OFFLOAD")]
[Title("Calico VXLAN: broken kernel checksum offload for SNATed packets causes ~63 s connection delays")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Calico)]
[Tag("vxlan"), Tag("checksum-offload"), Tag("kernel"), Tag("snat")]
[Description("Kernels before 5.7 compute wrong checksums when tx checksum offload is on for VXLAN packets that were SNATed with --random-fully " +
    "(e.g. NodePort or Service traffic masqueraded by kube-proxy); the receiver drops them and TCP retries until about 63 s later (calico#3145, " +
    "also k/k#88986). Calico v3.20.0 (felix #2811) turns tx checksum offload off on vxlan.calico on such kernels, felix #2815 backported " +
    "that to v3.19.2 (release notes of 2021-08-09; v3.18.6 does not have it), and every later version keeps doing so (3.24.6, 3.25 to 3.27 and 3.28.1 " +
    "even on every kernel; 3.28.0, 3.28.2 and 3.29+ on kernels up to 5.7.0), so only Calico before v3.19.2 is affected by version. The live offload state of vxlan.calico is the best evidence and wins over the version: off means mitigated whatever the " +
    "version, on with a kernel before 5.7 means exposed even on a Calico that should have turned it off. The 63 s figure is from the source article.")]
[Symptom("Connections through NodePorts / Services to pods on other nodes hang for ~63 s before succeeding; tcpdump on the receiving node shows bad UDP/TCP checksums on VXLAN packets")]
[Condition("Calico encapsulation is VXLAN (or VXLANCrossSubnet)")]
[Condition("kernel older than 5.7")]
[Condition("tx-checksum-ip-generic on vxlan.calico is on; when not read, Calico before v3.19.2 (which never turns it off)")]
[Affects(ComponentNames.Calico, "(,3.19.2)")]
[Affects("kernel", "(,5.7)")]
[FixedIn(ComponentNames.Calico, "v3.19.2"), FixedIn(ComponentNames.Calico, "v3.20.0"), FixedIn("kernel", "5.7")]
[Remediation(1, "Upgrade Calico to v3.19.2+ on the 3.19 line or v3.20.0 or later (felix turns the offload off on kernels before 5.7).")]
[Remediation(2, "Turn the offload off on every node: ethtool -K vxlan.calico tx-checksum-ip-generic off (not persistent: repeat when felix recreates the device, e.g. from a DaemonSet or udev rule).")]
[Remediation(3, "Where felix still leaves the offload on (an offload seen on with a kernel before 5.7), force the feature detection in FelixConfiguration: featureDetectOverride: \"ChecksumOffloadBroken=true\" (kubectl patch felixconfiguration default --type merge -p '{\"spec\":{\"featureDetectOverride\":\"ChecksumOffloadBroken=true\"}}'), which turns VXLAN checksum offload off on every kernel.")]
[Remediation(4, "Run a kernel 5.7 or later.")]
[Reference("https://github.com/projectcalico/calico/issues/3145")]
[Reference("https://github.com/projectcalico/felix/pull/2811")]
[Reference("https://github.com/projectcalico/felix/pull/2815")]
[Reference("https://github.com/kubernetes/kubernetes/issues/88986")]
public sealed class VxlanChecksumOffloadDelays : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion calico = null!;
        ComponentSetting encapsulation = null!;
        VxlanChecksumOffloadExposure exposure = null!;

        When()
            .Component(() => calico, ComponentNames.Calico)
            .Keyed(() => encapsulation, CalicoEncapsulation.Key, s => CalicoEncapsulation.IsVxlan(s))
            .Match(() => exposure, e => e.Exposed);
        Then().Do(ctx => ctx.Note("Decided by " + exposure.Basis + "."));
    }
}
