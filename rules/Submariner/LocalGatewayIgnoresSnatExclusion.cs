using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Submariner;

/// <summary>Knowledge base C, still open: in OVN-Kubernetes local gateway mode the SNAT exclusion annotation that
/// Submariner relies on is ignored, so the SUBM-OCP418-OVNK-SNAT fix does not help there.</summary>
[RuleId("SUBM-OVNK-LOCAL-GW-SNAT")]
[Title("Submariner traffic still SNATed in OVN-Kubernetes local gateway mode (open upstream)")]
[Severity(Severity.Info)]
[Component(ComponentNames.Submariner)]
[Tag("ovn-kubernetes"), Tag("nftables"), Tag("snat"), Tag("open-issue")]
[Description("The fix for SUBM-OCP418-OVNK-SNAT has Submariner (v0.21.0; probably v0.20.2 on the 0.20 line, inferred) annotate nodes with " +
    "k8s.ovn.org/node-ingress-snat-exclude-subnets, which OVN-Kubernetes honours in its mgmtport-snat chain. In local gateway mode OVN-K masquerades " +
    "in a different chain (ovn-kube-local-gw-masq) that ignores the annotation, so cross-cluster traffic is still SNATed. Open upstream: " +
    "submariner#3857, ovn-kubernetes#6799, ovn-kubernetes PR #6811 (open as of 2026-08). No fixed release exists.")]
[Symptom("After upgrading to the fixed OpenShift/Submariner versions, cross-cluster TCP still fails on clusters whose OVN-K runs in local gateway mode (routingViaHost=true)")]
[Condition("OVN-Kubernetes in local gateway mode (ovnkube --gateway-mode=local; OpenShift gatewayConfig.routingViaHost=true), seen as setting ovn-kubernetes/gateway-mode=local")]
[Condition("Submariner that relies on the SNAT exclusion annotation (v0.20.2 or later)")]
[Affects(ComponentNames.Submariner, "[0.20.2,)")]
[Remediation(1, "Use OVN-Kubernetes shared gateway mode (OpenShift: spec.defaultNetwork.ovnKubernetesConfig.gatewayConfig.routingViaHost=false) where the design allows it.")]
[Remediation(2, "Follow submariner#3857 and ovn-kubernetes#6799 / PR #6811 for a fix.")]
[Reference("https://github.com/submariner-io/submariner/issues/3857")]
[Reference("https://github.com/ovn-kubernetes/ovn-kubernetes/issues/6799")]
[Reference("https://github.com/ovn-kubernetes/ovn-kubernetes/pull/6811")]
[Reference("https://github.com/ovn-kubernetes/ovn-kubernetes/pull/5113")]
public sealed class LocalGatewayIgnoresSnatExclusion : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Submariner);
        ComponentVersion submariner = null!;
        ComponentVersion ovnKubernetes = null!;
        ComponentSetting gatewayMode = null!;

        When()
            .Component(() => submariner, ComponentNames.Submariner, c => affected.Contains(c.Version!))
            .Keyed(() => ovnKubernetes, ComponentVersion.KeyFor(ComponentNames.OvnKubernetes))
            .Keyed(() => gatewayMode, ComponentSetting.KeyFor(ComponentNames.OvnKubernetes, "gateway-mode"), s => s.Is("local"));
        Then().Do(ctx => ctx.Note("OVN-Kubernetes gateway mode is '" + gatewayMode.Value + "'; the SNAT exclusion annotation is ignored there."));
    }
}
