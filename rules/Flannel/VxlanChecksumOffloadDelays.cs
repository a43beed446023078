using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Flannel;

/// <summary>Flannel VXLAN with tx checksum offload on <c>flannel.1</c>: on some kernels, NICs and NATed paths the VXLAN
/// packets leave with bad UDP checksums and are dropped (Flannel does not turn the offload off).</summary>
[RuleId("FLANNEL-VXLAN-CSUM")]
[Title("Flannel VXLAN: tx checksum offload on flannel.1 can corrupt VXLAN checksums (no fix upstream)")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Flannel)]
[Tag("vxlan"), Tag("checksum-offload"), Tag("snat")]
[Description("With tx checksum offload on flannel.1, VXLAN packets can reach the peer with a bad UDP checksum ('UDP: bad checksum ... to ...:8472' in " +
    "dmesg) and be dropped: Service traffic to pods on other nodes fails or takes ~63 s (flannel#1279 on RHEL 7 with Kubernetes 1.17; #2152 on " +
    "Ubuntu 24.04 with Flannel v0.26.2, where pods lost all connectivity). The cause is a combination of kernel, NIC and NAT (double masquerade " +
    "with --random-fully, see KPROXY-VXLAN-DOUBLE-MASQ, or a public IP behind NAT, #1929), so newer kernels are not a guarantee. Flannel never " +
    "turns the offload off (a PR doing so, #1282, was closed) and labels the reports wontfix: there is no fix in Flannel; its troubleshooting " +
    "guide documents ethtool with a udev rule. This rule flags the exposure: flannel.1's offload seen on, or not read (on is the kernel's default " +
    "for a VXLAN device).")]
[Symptom("Pods cannot reach pods or Services on other nodes, or connections take ~63 s; dmesg on the receiving node shows 'UDP: bad checksum' for port 8472; 'ethtool -K flannel.1 tx-checksum-ip-generic off' cures it until reboot")]
[Condition("flannel.1 (the VXLAN backend's device) exists and its tx-checksum-ip-generic is on, or was not read (the default is on)")]
[Affects(ComponentNames.Flannel, "[0.0.0,)")]
[Remediation(1, "Turn the offload off on every node and keep it off: ethtool -K flannel.1 tx-checksum-ip-generic off, made persistent with a udev rule (SUBSYSTEM==\"net\", ACTION==\"add|change|move\", ENV{INTERFACE}==\"flannel.1\", RUN+=\"/usr/sbin/ethtool -K flannel.1 tx-checksum-ip-generic off\"), as Flannel's troubleshooting guide shows.")]
[Remediation(2, "If connectivity works and you need the throughput, keep the offload on: the breakage depends on kernel, NIC and NAT.")]
[Reference("https://github.com/flannel-io/flannel/issues/1279")]
[Reference("https://github.com/flannel-io/flannel/pull/1282")]
[Reference("https://github.com/flannel-io/flannel/pull/1929")]
[Reference("https://github.com/flannel-io/flannel/issues/2152")]
public sealed class VxlanChecksumOffloadDelays : Rule
{
    /// <summary>The VXLAN device of Flannel's vxlan backend.</summary>
    public const string Device = "flannel.1";

    /// <summary>The ethtool feature the rule reads.</summary>
    private const string Feature = "tx-checksum-ip-generic";

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Flannel);
        ComponentVersion flannel = null!;
        NetworkInterface device = null!;

        When()
            .Component(() => flannel, ComponentNames.Flannel, c => affected.Contains(c.Version!))
            .Keyed(() => device, NetworkInterface.KeyFor(Device), i => i.Offload(Feature) != false);
        Then().Do(ctx => ctx.Note(Device + " " + Feature + (device.Offload(Feature) == true ? " is on" : " not read (on by default; Flannel never turns it off)") + "."));
    }
}
