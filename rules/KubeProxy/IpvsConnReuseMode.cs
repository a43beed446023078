using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E1 (with E1b folded in): kube-proxy in IPVS mode and <c>net.ipv4.vs.conn_reuse_mode</c>:
/// 0 (which kube-proxy forces) sends traffic to terminating pods and balances badly; 1 on kernels before 5.9 costs a
/// 1 s delay on reused connections.</summary>
[RuleId("KPROXY-IPVS-CONN-REUSE")]
[Title("kube-proxy IPVS mode: conn_reuse_mode=0 routes to terminating pods, or 1 s delays on kernels before 5.9")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("sysctl"), Tag("kernel")]
[Description("In IPVS mode kube-proxy before 1.22 always sets net.ipv4.vs.conn_reuse_mode=0 (kernel 4.1 or later; older kernels cannot set it and only log). " +
    "With 0, IPVS keeps reusing a connection entry for a reused client port, so traffic still reaches terminating or removed pods and load is imbalanced or fails under load from few clients (#81775, #99162). " +
    "With 1, kernels before 5.9 (which lack the IPVS fix referenced by kube-proxy, kernel commit 35dfb013149f) drop the first packet of a reused connection: a 1 s delay (#70747). " +
    "#102122 (kube-proxy 1.22.0, fixes #93297) leaves the sysctl as it is on kernels 5.9 and later and still sets 0 on [4.1, 5.9), so on kernels before 5.9 IPVS mode is affected on every kube-proxy version. " +
    "The article's advice 'IPVS mode is not recommended below kernel 5.9' (E1b, not confirmed upstream beyond #93297) is this same finding and is folded in here. " +
    "#102122 was also cherry-picked to release-1.21 (#107438) and release-1.20 (#107437), both merged 2022-01-11; their first patch releases v1.21.9 / v1.20.15 are inferred from the January 2022 patch schedule, not verified. " +
    "The sysctl as read on the node is the best evidence; without it the decision rests on the kube-proxy and kernel versions. IPVS mode is deprecated in Kubernetes 1.35 (KEP-5495).")]
[Symptom("Connections to a Service keep reaching terminating pods after a rollout, or new connections from a busy client take 1 s (first SYN dropped); uneven load across endpoints")]
[Condition("kube-proxy mode is ipvs")]
[Condition("net.ipv4.vs.conn_reuse_mode is 0 (set by kube-proxy before 1.22, or by any kube-proxy on kernels before 5.9), or the kernel is older than 5.9")]
[Affects(ComponentNames.KubeProxy, "(,1.20.15)"), Affects(ComponentNames.KubeProxy, "[1.21.0,1.21.9)")]
[Affects("kernel", "(,5.9)")]
[FixedIn(ComponentNames.KubeProxy, "v1.22.0"), FixedIn(ComponentNames.KubeProxy, "v1.21.9"), FixedIn(ComponentNames.KubeProxy, "v1.20.15"), FixedIn("kernel", "5.9")]
[Remediation(1, "Run a kernel 5.9 or later with kube-proxy 1.22 or later and keep net.ipv4.vs.conn_reuse_mode=1 (kube-proxy then leaves it alone).")]
[Remediation(2, "Switch kube-proxy to iptables or nftables mode (KubeProxyConfiguration mode: iptables / nftables), which do not use IPVS connection reuse.")]
[Remediation(3, "Upgrade kube-proxy to 1.22 or later (or 1.21.9+ / 1.20.15+) when the kernel is already 5.9 or later.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/93297")]
[Reference("https://github.com/kubernetes/kubernetes/pull/102122")]
[Reference("https://github.com/kubernetes/kubernetes/pull/88541")]
[Reference("https://github.com/kubernetes/kubernetes/pull/71114")]
[Reference("https://github.com/kubernetes/kubernetes/issues/81775")]
[Reference("https://github.com/kubernetes/kubernetes/issues/99162")]
[Reference("https://github.com/kubernetes/kubernetes/issues/70747")]
[Reference("https://github.com/kubernetes/kubernetes/pull/107437")]
[Reference("https://github.com/kubernetes/kubernetes/pull/107438")]
public sealed class IpvsConnReuseMode : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        IpvsConnReuseRisk risk = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy)
            .Keyed(() => mode, KubeProxyMode.Key, m => KubeProxyMode.IsIpvs(m))
            .Match(() => risk, r => r.Risky);
        Then().Do(ctx => ctx.Note("Decided by " + risk.Basis + "."));
    }
}
