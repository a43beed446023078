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
[Description("From 1.16 kube-proxy's MASQUERADE rule uses --random-fully (#78547). Its mark was not cleared after masquerading, so the VXLAN " +
    "packet that an overlay (Flannel, Calico VXLAN, ...) wraps around a masqueraded Service connection was masqueraded again; with tx checksum " +
    "offload on the VXLAN device the rewritten outer packet carries a bad checksum and the peer drops it until TCP retries (about 63 s) (#88986). " +
    "Fixed by #92035 in v1.19.0, cherry-picked as #92256 (v1.18.6) and #92193 (v1.17.9); 1.16 got no fix. Kernels 5.7 and later compute the " +
    "checksum right (see CALICO-VXLAN-CSUM-OFFLOAD), which this rule does not check.")]
[Symptom("Connections from pods or nodes to ClusterIPs / NodePorts backed by pods on other nodes take ~63 s (or time out) over a VXLAN overlay; turning off tx checksum offload on the VXLAN device helps")]
[Condition("kube-proxy 1.16.x, 1.17.0–1.17.8 or 1.18.0–1.18.5")]
[Condition("a VXLAN overlay on the node: an interface of kind vxlan (flannel.1, vxlan.calico, cilium_vxlan, ...)")]
[Affects(ComponentNames.KubeProxy, "[1.16.0,1.17.0)"), Affects(ComponentNames.KubeProxy, "[1.17.0,1.17.9)"), Affects(ComponentNames.KubeProxy, "[1.18.0,1.18.6)")]
[FixedIn(ComponentNames.KubeProxy, "v1.17.9"), FixedIn(ComponentNames.KubeProxy, "v1.18.6"), FixedIn(ComponentNames.KubeProxy, "v1.19.0")]
[Remediation(1, "Upgrade kube-proxy to v1.17.9, v1.18.6, v1.19.0 or later.")]
[Remediation(2, "Until then, turn tx checksum offload off on the VXLAN device on every node (ethtool -K flannel.1 tx-checksum-ip-generic off; vxlan.calico for Calico).")]
[Reference("https://github.com/kubernetes/kubernetes/issues/88986")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92035")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92256")]
[Reference("https://github.com/kubernetes/kubernetes/pull/92193")]
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
