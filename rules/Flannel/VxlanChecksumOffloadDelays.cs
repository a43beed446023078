using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Flannel;

/// <summary>Flannel VXLAN with tx checksum offload on <c>flannel.1</c> on a kernel before 5.7: SNATed packets get bad
/// checksums and connections stall (Flannel does not turn the offload off).</summary>
[RuleId("FLANNEL-VXLAN-CSUM")]
[Title("Flannel VXLAN: tx checksum offload on flannel.1 causes ~63 s delays on kernels before 5.7")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Flannel)]
[Tag("vxlan"), Tag("checksum-offload"), Tag("kernel"), Tag("snat")]
[Description("The same kernel bug as CALICO-VXLAN-CSUM-OFFLOAD: on kernels before 5.7, VXLAN packets of SNATed (--random-fully) connections leave a " +
    "device with tx checksum offload on with a bad checksum, and the receiver drops them until TCP retries about 63 s later (flannel#1279, #1929, " +
    "#2152). Unlike Calico, Flannel never turns the offload off on flannel.1; upstream treats it as the kernel's (wontfix), so there is no fix in " +
    "Flannel: the workaround is ethtool on every node. The kernel bound is the one Calico's felix uses (#2811), taken over here (inferred for Flannel). " +
    "The rule reads flannel.1's live offload state (the interface collector reads it by default); when it was not read, the kernel's default " +
    "for a VXLAN device (on) is assumed, since Flannel never changes it.")]
[Symptom("Connections through NodePorts / ClusterIPs to pods on other nodes hang for ~63 s before succeeding; 'ethtool -k flannel.1' shows tx-checksum-ip-generic: on")]
[Condition("flannel.1 (the VXLAN backend's device) exists and its tx-checksum-ip-generic is on, or was not read (the default is on)")]
[Condition("kernel older than 5.7")]
[Affects(ComponentNames.Flannel, "[0.0.0,)")]
[Affects("kernel", "(,5.7)")]
[FixedIn("kernel", "5.7")]
[Remediation(1, "Turn the offload off on every node and keep it off: ethtool -K flannel.1 tx-checksum-ip-generic off (re-apply when flanneld recreates the device, e.g. with a udev rule or a small DaemonSet).")]
[Remediation(2, "Run a kernel 5.7 or later.")]
[Reference("https://github.com/flannel-io/flannel/issues/1279")]
[Reference("https://github.com/flannel-io/flannel/issues/1929")]
[Reference("https://github.com/flannel-io/flannel/issues/2152")]
public sealed class VxlanChecksumOffloadDelays : Rule
{
    /// <summary>The VXLAN device of Flannel's vxlan backend.</summary>
    public const string Device = "flannel.1";

    /// <summary>The ethtool feature the rule reads.</summary>
    private const string Feature = "tx-checksum-ip-generic";

    /// <summary>The first kernel without the checksum bug.</summary>
    private static readonly KernelVersion FixedKernel = new(5, 7);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Flannel);
        ComponentVersion flannel = null!;
        NetworkInterface device = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => flannel, ComponentNames.Flannel, c => affected.Contains(c.Version!))
            .Keyed(() => device, NetworkInterface.KeyFor(Device), i => i.Offload(Feature) != false)
            .Match(() => kernel, k => k.Version.Upstream < FixedKernel);
        Then().Do(ctx => ctx.Note(Device + " " + Feature + (device.Offload(Feature) == true ? " is on" : " not read (on by default; Flannel never turns it off)") + " on kernel " + kernel.Release + " (older than 5.7)."));
    }
}
