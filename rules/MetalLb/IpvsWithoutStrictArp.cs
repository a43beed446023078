using CompatRules.BuiltIn.KubeProxy;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.MetalLb;

/// <summary>MetalLB in layer-2 mode with kube-proxy in IPVS mode needs <c>strictARP</c>, or every node answers ARP for
/// the Service IPs.</summary>
[RuleId("METALLB-IPVS-STRICTARP")]
[Title("MetalLB with kube-proxy IPVS mode needs ipvs.strictARP: true")]
[Severity(Severity.High)]
[Component(ComponentNames.MetalLb)]
[Tag("ipvs"), Tag("arp"), Tag("load-balancer")]
[Description("In IPVS mode kube-proxy binds every Service IP to its kube-ipvs0 dummy device, so without strictARP every node answers ARP for the " +
    "LoadBalancer IPs MetalLB announces in layer-2 mode and traffic goes to whichever node replied first. The MetalLB installation docs require " +
    "ipvs.strictARP: true in the KubeProxyConfiguration since Kubernetes 1.14.2, the first kube-proxy with the setting. A configuration " +
    "requirement, not a bug: no fix, only the setting. MetalLB's mode (layer 2 or BGP) is not visible to this rule; BGP mode is not affected.")]
[Symptom("LoadBalancer IPs announced by MetalLB in layer-2 mode flap between nodes or reach nodes that do not own them; arping shows several MAC addresses for one IP")]
[Condition("MetalLB in layer-2 mode (not visible here; BGP mode is unaffected)")]
[Condition("kube-proxy 1.14.2 or later in ipvs mode")]
[Condition("ipvs.strictARP is not true (KubeProxyConfiguration ipvs.strictARP or --ipvs-strict-arp; false when absent)")]
[Affects(ComponentNames.MetalLb, "[0.0.0,)")]
[Affects(ComponentNames.KubeProxy, "[1.14.2,)")]
[Remediation(1, "Set strictARP: true under ipvs: in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy) and restart kube-proxy.")]
[Remediation(2, "Or run kube-proxy in iptables or nftables mode, or MetalLB in BGP mode.")]
[Reference("https://github.com/metallb/metallb")]
public sealed class IpvsWithoutStrictArp : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var kubeProxyAffected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion metallb = null!;
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        ComponentSetting strictArp = null!;

        When()
            .Component(() => metallb, ComponentNames.MetalLb)
            .Known(() => kubeProxy, ComponentVersion.KeyFor(ComponentNames.KubeProxy), c => c.Version, c => kubeProxyAffected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, m => KubeProxyMode.IsIpvs(m))
            .Keyed(() => strictArp, ComponentSetting.KeyFor(ComponentNames.KubeProxy, KubeProxyMode.StrictArp), s => !s.IsEnabled);
        Then().Do(ctx => ctx.Note("kube-proxy " + kubeProxy.Version!.Original + " in ipvs mode with ipvs.strictARP=" + strictArp.Value + "."));
    }
}
