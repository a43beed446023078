using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E5: kube-proxy 1.29's alpha nftables mode does not enforce <c>loadBalancerSourceRanges</c>.</summary>
[RuleId("KPROXY-NFT-LB-SOURCE-RANGES")]
[Title("kube-proxy 1.29 nftables mode does not enforce loadBalancerSourceRanges")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("nftables"), Tag("service"), Tag("firewall")]
[Description("In 1.29 the nftables mode (alpha, feature gate NFTablesProxyMode) hooked its firewall chain on input/forward, after DNAT had already " +
    "rewritten the load balancer IP, so loadBalancerSourceRanges never matched and any source could reach the Service. Fixed by #122614 in " +
    "v1.30.0 (in the v1.30.0-alpha.1 notes); no 1.29 cherry-pick was found, so every 1.29.x is affected. PR #122296, cited with it in the knowledge base, also " +
    "made nftables mode work on kernels below 5.6 (see KPROXY-NFT-129-OLD-KERNEL). nftables mode needs kernel 5.13+ and nft 1.0.1+ " +
    "from 1.31 (KPROXY-NFT-KERNEL-REQ).")]
[Symptom("Clients outside a LoadBalancer Service's loadBalancerSourceRanges can still connect")]
[Condition("kube-proxy mode is nftables (feature gate NFTablesProxyMode on 1.29)")]
[Condition("a LoadBalancer Service sets loadBalancerSourceRanges (not visible here)")]
[Affects(ComponentNames.KubeProxy, "[1.29.0,1.30.0)")]
[FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
[Remediation(1, "Upgrade kube-proxy to v1.30.0 or later before relying on nftables mode.")]
[Remediation(2, "On 1.29, run kube-proxy in iptables or ipvs mode.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122614")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122296")]
public sealed class NftablesLoadBalancerSourceRangesIgnored : KubeProxyModeRule
{
    /// <inheritdoc />
    protected override string ModeName => "nftables";
}
