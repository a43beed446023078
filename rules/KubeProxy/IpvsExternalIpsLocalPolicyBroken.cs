using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E3: in IPVS mode kube-proxy 1.26 to 1.29 breaks Services with <c>externalIPs</c> and
/// <c>externalTrafficPolicy: Local</c> (regression from #108460).</summary>
[RuleId("KPROXY-IPVS-EXTERNALIP-ETP-LOCAL")]
[Title("kube-proxy IPVS mode: externalIPs with externalTrafficPolicy: Local do not work (1.26 regression)")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("service"), Tag("regression")]
[Description("#108460 (first in 1.26.0) broke externalIPs on Services with externalTrafficPolicy: Local in IPVS mode (#121909): connections to the external IP fail. " +
    "Fixed in v1.30.0 by #121919 and cherry-picked to release-1.28 (#121928) and release-1.29 (#122323); both picks are release-note-none, so their patch " +
    "releases are not in the CHANGELOG: v1.28.6 and v1.29.1 (January 2024 patches, after approval on 2023-12-16) are inferred, not verified. No release-1.27 " +
    "pick was found, so all of 1.26.x and 1.27.x stay affected. A residual report on later versions exists (#124260). " +
    "Whether any Service has externalIPs with externalTrafficPolicy: Local is not visible to this rule: it flags the kube-proxy version and mode only.")]
[Symptom("Connections to a Service's externalIPs fail or time out when the Service has externalTrafficPolicy: Local; the same Service works with Cluster")]
[Condition("kube-proxy mode is ipvs")]
[Condition("a Service uses externalIPs with externalTrafficPolicy: Local (not visible here; check with kubectl get svc -A -o wide)")]
[Affects(ComponentNames.KubeProxy, "[1.26.0,1.28.6)"), Affects(ComponentNames.KubeProxy, "[1.29.0,1.29.1)")]
[FixedIn(ComponentNames.KubeProxy, "v1.28.6"), FixedIn(ComponentNames.KubeProxy, "v1.29.1"), FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
[Remediation(1, "Upgrade kube-proxy to v1.30.0 or later (v1.28.6+ / v1.29.1+ carry the cherry-pick, inferred).")]
[Remediation(2, "Set externalTrafficPolicy: Cluster on the affected Services, or expose them through LoadBalancer IPs instead of externalIPs.")]
[Remediation(3, "Switch kube-proxy to iptables or nftables mode.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/121909")]
[Reference("https://github.com/kubernetes/kubernetes/pull/121919")]
[Reference("https://github.com/kubernetes/kubernetes/pull/121928")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122323")]
[Reference("https://github.com/kubernetes/kubernetes/pull/108460")]
[Reference("https://github.com/kubernetes/kubernetes/issues/124260")]
public sealed class IpvsExternalIpsLocalPolicyBroken : KubeProxyModeRule
{
    /// <inheritdoc />
    protected override string ModeName => "ipvs";

    /// <inheritdoc />
    protected override string Note(ComponentVersion kubeProxy)
        => base.Note(kubeProxy) + " Check Services with externalIPs and externalTrafficPolicy: Local.";
}
