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
[Description("KEP-5495 deprecates kube-proxy's IPVS mode. From 1.35 (#134539) kube-proxy logs a deprecation warning at start-up and records an " +
    "IPVSDeprecation event on the node; 1.37 puts the mode behind the KubeProxyIPVS feature gate (#139397), and the KEP plans the gate's default " +
    "to turn false in 1.40 and the mode to be gone from 1.43, when kube-proxy with --proxy-mode=ipvs will fail to start. Not a bug and no fix: " +
    "plan the move to nftables mode (kernel 5.13 or later, see KPROXY-NFT-KERNEL-REQ); components that rely on IPVS mode (MetalLB's strictARP " +
    "setup, METALLB-IPVS-STRICTARP) need the same plan.")]
[Symptom("kube-proxy logs 'The ipvs proxier is now deprecated and may be removed in a future release. Please use 'nftables' instead.' and the node gets an IPVSDeprecation warning event")]
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
