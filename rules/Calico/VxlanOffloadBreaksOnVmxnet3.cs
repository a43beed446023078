using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Calico VXLAN on port 4789 with checksum offload left on, over a VMware vmxnet3 NIC: the NIC's VXLAN offload
/// corrupts or drops the encapsulated packets.</summary>
[RuleId("CALICO-VXLAN-VMXNET3")]
[Title("Calico VXLAN with checksum offload on vmxnet3 (VMware) NICs drops cross-node traffic")]
[Severity(Severity.High)]
[Component(ComponentNames.Calico)]
[Tag("vxlan"), Tag("checksum-offload"), Tag("vmware")]
[Description("On vSphere 6.7u2 and later, recent Linux vmxnet3 drivers enable the NIC's VXLAN offload, and VXLAN on UDP 4789 then loses all " +
    "cross-node pod traffic except ICMP (calico#4727, on RHEL/Oracle 8.3 and SLES 15; calico#9433 on 3.29, where offload on other ports worked). " +
    "VMware's advice quoted in #4727: use port 8472 when NSX is not used, or turn the VXLAN offload off on the vmxnet3 NIC; turning checksum " +
    "offload off (felix ChecksumOffloadBroken, or ethtool tx off) also cleared it in those reports. Calico v3.28.0 (#8746) and v3.28.2 / v3.29.0+ " +
    "leave vxlan.calico checksum offload on for kernels after 5.7.0, which brought the reports back; v3.24.6 to v3.27.x and v3.28.1 turn it off " +
    "on every kernel (#6842) and are taken as safe. Releases before v3.24.6 leave it on for kernels 5.7 and later, and before v3.19.2 on every " +
    "kernel, so they are flagged too (derived from the offload policy, inferred). The NIC is recognised by the loaded vmxnet3 module; the ESXi " +
    "side is not visible. No fix in Calico: the workarounds are the offload override, another VXLAN port, or the NIC's offload off.")]
[Symptom("On VMware VMs, pods cannot reach pods or Services on other nodes over VXLAN while ping (ICMP) still works; tcpdump on the peer shows bad UDP checksums or nothing arrives")]
[Condition("Calico encapsulation is VXLAN (or VXLANCrossSubnet) on the default port 4789 (FELIX_VXLANPORT unset or 4789)")]
[Condition("the vmxnet3 kernel module is loaded (a VMware vmxnet3 NIC)")]
[Condition("felix leaves vxlan.calico tx checksum offload on for this kernel (3.28.0, 3.28.2+ after 5.7.0; before 3.24.6 from 5.7; before 3.19.2 always), and vxlan.calico is not seen with it off")]
[Affects(ComponentNames.Calico, "(,3.24.6)"), Affects(ComponentNames.Calico, "[3.28.0,3.28.1)"), Affects(ComponentNames.Calico, "[3.28.2,)")]
[Remediation(1, "Force the offload off in FelixConfiguration: featureDetectOverride: \"ChecksumOffloadBroken=true\" (kubectl patch felixconfiguration default --type merge -p '{\"spec\":{\"featureDetectOverride\":\"ChecksumOffloadBroken=true\"}}').")]
[Remediation(2, "Or move VXLAN off 4789 (FelixConfiguration vxlanPort: 8472, VMware's advice when NSX is not used) so vmxnet3 does not offload it.")]
[Remediation(3, "Or turn the VXLAN offload off on the vmxnet3 NIC of every node (ethtool -K ens192 tx-udp_tnl-segmentation off tx-udp_tnl-csum-segmentation off; not persistent).")]
[Remediation(4, "As a stop-gap on each node: ethtool -K vxlan.calico tx-checksum-ip-generic off (not persistent).")]
[Reference("https://github.com/projectcalico/calico/issues/4727")]
[Reference("https://github.com/projectcalico/calico/pull/6842")]
[Reference("https://github.com/projectcalico/calico/pull/8746")]
[Reference("https://github.com/projectcalico/calico/issues/9433")]
public sealed class VxlanOffloadBreaksOnVmxnet3 : Rule
{
    /// <summary>The calico-node setting for the VXLAN port.</summary>
    private const string PortSetting = "FELIX_VXLANPORT";

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        ComponentSetting encapsulation = null!;
        KernelModules modules = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Keyed(() => encapsulation, CalicoEncapsulation.Key, s => CalicoEncapsulation.IsVxlan(s))
            .Match(() => modules, m => m.IsLoaded("vmxnet3"))
            .Match(() => kernel, k => !CalicoChecksumOffloadPolicy.DisablesVxlanOffload(calico.Version!, k.Version))
            .Not<ComponentSetting>(s => s.Component == ComponentNames.Calico && s.Name == PortSetting && s.Value.Trim() != "4789")
            .Not<NetworkInterface>(i => i.Name == CalicoChecksumOffloadPolicy.VxlanInterface && i.Offload(CalicoChecksumOffloadPolicy.Feature) == false);
        Then().Do(ctx => ctx.Note("vmxnet3 is loaded; Calico " + calico.Version!.Original + " leaves VXLAN checksum offload on with kernel " + kernel.Release + "."));
    }
}
