using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy before 1.19 sets <c>net.ipv4.vs.conn_reuse_mode</c> in IPVS mode even on kernels before 4.1,
/// which do not have it.</summary>
[RuleId("KPROXY-IPVS-KERNEL-LT-41")]
[Title("kube-proxy before 1.19 cannot start IPVS mode on kernels before 4.1: conn_reuse_mode does not exist")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("kernel"), Tag("sysctl")]
[Description("#71114 made the IPVS proxier set net.ipv4.vs.conn_reuse_mode=0 and return an error ('can't set sysctl') when that fails. Kernels " +
    "before 4.1 (CentOS/RHEL 7's 3.10) have no such sysctl, so creating the IPVS proxier fails and kube-proxy does not work in IPVS mode " +
    "(#82065; the first attempt at a fix, #82066, was closed). #88541 'ipvs: only attempt setting of sysctlconnreuse on supported kernels' " +
    "checks the kernel version first; the audit places it after 1.18.x, so 1.19.0 is taken as the first fixed release (not re-checked against " +
    "the 1.18 branch). The old kernels then keep IPVS's own reuse behaviour (the 1 s delay of KPROXY-IPVS-CONN-REUSE).")]
[Symptom("kube-proxy in ipvs mode on CentOS/RHEL 7 nodes fails with \"can't set sysctl net/ipv4/vs/conn_reuse_mode\" and Services do not work")]
[Condition("kube-proxy up to 1.18.x in ipvs mode")]
[Condition("kernel older than 4.1")]
[Affects(ComponentNames.KubeProxy, "(,1.19.0)")]
[Affects("kernel", "(,4.1)")]
[FixedIn(ComponentNames.KubeProxy, "v1.19.0"), FixedIn("kernel", "4.1")]
[Remediation(1, "Upgrade kube-proxy to 1.19.0 or later.")]
[Remediation(2, "Run a kernel 4.1 or later (better 5.9 or later, see KPROXY-IPVS-CONN-REUSE), or use iptables mode on these nodes.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/82065")]
[Reference("https://github.com/kubernetes/kubernetes/pull/88541")]
[Reference("https://github.com/kubernetes/kubernetes/pull/71114")]
[Reference("https://github.com/kubernetes/kubernetes/pull/82066")]
public sealed class IpvsConnReuseOnKernelBefore41 : KubeProxyModeOnKernelRule
{
    /// <summary>The first kernel with <c>net.ipv4.vs.conn_reuse_mode</c> (kube-proxy's <c>connReuseMinSupportedKernelVersion</c>).</summary>
    private static readonly KernelVersion FirstConnReuseKernel = new(4, 1);

    /// <inheritdoc />
    protected override Expression<Func<ComponentSetting, bool>> ModeCondition => m => KubeProxyMode.IsIpvs(m);

    /// <inheritdoc />
    protected override Expression<Func<KernelInfo, bool>> KernelCondition => k => k.Version.Upstream < FirstConnReuseKernel;

    /// <inheritdoc />
    protected override string Note(ComponentVersion kubeProxy, KernelInfo kernel) => "kernel " + kernel.Release + " has no net.ipv4.vs.conn_reuse_mode.";
}
