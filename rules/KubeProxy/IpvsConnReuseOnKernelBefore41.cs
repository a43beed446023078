using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy before 1.19 sets <c>net.ipv4.vs.conn_reuse_mode</c> in IPVS mode even on kernels before 4.1,
/// which do not have it.</summary>
[RuleId("KPROXY-IPVS-KERNEL-LT-41")]
[Title("kube-proxy before 1.19 IPVS mode fails to set conn_reuse_mode on kernels before 4.1")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("kernel"), Tag("sysctl")]
[Description("In IPVS mode kube-proxy sets net.ipv4.vs.conn_reuse_mode=0. Kernels before 4.1 (CentOS/RHEL 7's 3.10) have no such sysctl, and " +
    "kube-proxy up to 1.18.x tried anyway and reported the failure (#82065). #88541 (v1.19.0) checks the kernel version first and leaves the " +
    "sysctl alone below 4.1. The old kernels keep IPVS's own reuse behaviour (the 1 s delay of KPROXY-IPVS-CONN-REUSE).")]
[Symptom("kube-proxy in ipvs mode logs failures to set net/ipv4/vs/conn_reuse_mode (no such file or directory) on CentOS/RHEL 7 nodes")]
[Condition("kube-proxy up to 1.18.x in ipvs mode")]
[Condition("kernel older than 4.1")]
[Affects(ComponentNames.KubeProxy, "(,1.19.0)")]
[Affects("kernel", "(,4.1)")]
[FixedIn(ComponentNames.KubeProxy, "v1.19.0"), FixedIn("kernel", "4.1")]
[Remediation(1, "Upgrade kube-proxy to 1.19.0 or later.")]
[Remediation(2, "Run a kernel 4.1 or later (better 5.9 or later, see KPROXY-IPVS-CONN-REUSE), or use iptables mode on these nodes.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/82065")]
[Reference("https://github.com/kubernetes/kubernetes/pull/88541")]
public sealed class IpvsConnReuseOnKernelBefore41 : Rule
{
    /// <summary>The first kernel with <c>net.ipv4.vs.conn_reuse_mode</c> (kube-proxy's <c>connReuseMinSupportedKernelVersion</c>).</summary>
    private static readonly KernelVersion FirstConnReuseKernel = new(4, 1);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, m => KubeProxyMode.IsIpvs(m))
            .Match(() => kernel, k => k.Version.Upstream < FirstConnReuseKernel);
        Then().Do(ctx => ctx.Note("kernel " + kernel.Release + " has no net.ipv4.vs.conn_reuse_mode."));
    }
}
