using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy 1.16 to 1.18.5 masquerades VXLAN-encapsulated Service traffic a second time, which with
/// <c>--random-fully</c> and broken checksum offload gives ~63 s connection delays.</summary>
[RuleId("KPROXY-VXLAN-DOUBLE-MASQ")]
[Title("kube-proxy 1.16–1.18.5 double-masquerades VXLAN traffic: ~63 s delays through Services")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeProxy)]
[Tag("vxlan"), Tag("snat"), Tag("checksum-offload")]
[Description("Routing a packet through a VXLAN tunnel reuses the kernel's packet object without clearing its mark, so a Service packet marked by " +
    "KUBE-MARK-MASQ was masqueraded once and then again as the outer VXLAN packet. With MASQUERADE --random-fully (kube-proxy 1.16+, #78547) the " +
    "second NAT hits the kernel's checksum bug and the receiving vxlan device drops the packet until TCP retries (about 63 s) (#88986, on " +
    "Flannel and Calico VXLAN). #92035 'kubelet, kube-proxy: unmark packets before masquerading them' (v1.19.0) clears the mark; it was " +
    "cherry-picked to 1.18 (#92256, v1.18.6), 1.17 (#92193, v1.17.9) and 1.16 (#92261; v1.16.13, same July 2020 patch day, inferred). The audit " +
    "listed 1.16 as unfixed; the 1.16 pick was found since. Kernels 5.7 and later compute the checksum right (see CALICO-VXLAN-CSUM-OFFLOAD), " +
    "which this rule does not check.")]
[Symptom("Connections from pods or nodes to ClusterIPs / NodePorts backed by pods on other nodes take ~63 s (or time out) over a VXLAN overlay; turning off tx checksum offload on the VXLAN device helps")]
[Condition("kube-proxy 1.16.0–1.16.12, 1.17.0–1.17.8 or 1.18.0–1.18.5")]
[Condition("a VXLAN overlay on the node: an interface of kind vxlan (flannel.1, vxlan.calico, cilium_vxlan, ...)")]
[Affects(ComponentNames.KubeProxy, "[1.16.0,1.16.13)"), Affects(ComponentNames.KubeProxy, "[1.17.0,1.17.9)"), Affects(ComponentNames.KubeProxy, "[1.18.0,1.18.6)")]
[FixedIn(ComponentNames.KubeProxy, "v1.16.13"), FixedIn(ComponentNames.KubeProxy, "v1.17.9"), FixedIn(ComponentNames.KubeProxy, "v1.18.6"), FixedIn(ComponentNames.KubeProxy, "v1.19.0")]
[Remediation(1, "Upgrade kube-proxy and kubelet to v1.17.9, v1.18.6, v1.19.0 or later (v1.16.13 on 1.16, inferred); both write KUBE-POSTROUTING.")]
[Remediation(2, "After upgrading, reboot the node (or flush the old KUBE-POSTROUTING rules): the new rules are appended after the old ones, which stay in effect.")]
[Remediation(3, "Until then, turn tx checksum offload off on the VXLAN device on every node (ethtool -K flannel.1 tx-checksum-ip-generic off; vxlan.calico for Calico).")]
[Reference("https://github.com/kubernetes/kubernetes/issues/88986")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92035")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92256")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92193")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92261")]
public sealed class VxlanDoubleMasquerade : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        NetworkInterface vxlan = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Match(() => vxlan, i => i.Kind == "vxlan");
        Then().Do(ctx => ctx.Note("kube-proxy " + kubeProxy.Version!.Original + " with VXLAN device " + vxlan.Name + "."));
    }
}
