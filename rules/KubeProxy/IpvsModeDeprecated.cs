using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy's IPVS mode is deprecated from Kubernetes 1.35 (KEP-5495).</summary>
[RuleId("KPROXY-IPVS-DEPRECATED")]
[Title("kube-proxy IPVS mode is deprecated from 1.35")]
[Severity(Severity.Info)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("deprecation")]
[Description("KEP-5495 deprecates kube-proxy's IPVS mode in 1.35 (#134539; follow-up #139397) in favour of nftables mode: it keeps working for " +
    "now, but it gets no new features and is slated for removal. Not a bug and no fix: plan the move to " +
    "nftables mode (kernel 5.13 or later, see KPROXY-NFT-KERNEL-REQ).")]
[Symptom("Nothing breaks yet; release notes and kube-proxy flag IPVS mode as deprecated")]
[Condition("kube-proxy 1.35 or later in ipvs mode")]
[Affects(ComponentNames.KubeProxy, "[1.35.0,)")]
[Remediation(1, "Plan the move to nftables mode (KubeProxyConfiguration mode: nftables) on kernels 5.13 or later, or to iptables mode.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/134539")]
[Reference("https://github.com/kubernetes/kubernetes/pull/139397")]
[Reference("https://github.com/kubernetes/enhancements/issues/5495")]
public sealed class IpvsModeDeprecated : KubeProxyModeRule
{
    /// <inheritdoc />
    protected override string ModeName => "ipvs";
}
