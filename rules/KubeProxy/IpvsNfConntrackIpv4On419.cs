using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy before 1.13 requires the <c>nf_conntrack_ipv4</c> module for IPVS mode, which kernel 4.19
/// merged into <c>nf_conntrack</c>, so IPVS mode silently falls back to iptables.</summary>
[RuleId("KPROXY-IPVS-NFCONNTRACK-419")]
[Title("kube-proxy before 1.13 cannot use IPVS mode on kernel 4.19+: nf_conntrack_ipv4 is gone")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("ipvs"), Tag("kernel"), Tag("modules")]
[Description("kube-proxy's IPVS prerequisite check required the nf_conntrack_ipv4 module. Linux 4.19 merged it into nf_conntrack (commit a0ae2562c6c4), " +
    "so on 4.19 and later the check fails and kube-proxy falls back to iptables mode while its configuration says ipvs (#70304). #70325 added " +
    "nf_conntrack to the check and #70398 reworked it to pick the module by kernel version; #70398 is in v1.13.0. #70325 was cherry-picked to " +
    "1.12 (#75242) and 1.11 (#75241), merged 2019-03-19; their first patch releases, v1.12.7 and v1.11.9, are inferred from the March 2019 " +
    "patch schedule, not verified.")]
[Symptom("kube-proxy logs 'IPVS proxier will not be used because the following required kernel modules are not loaded: [nf_conntrack_ipv4]' and 'Using iptables Proxier'; ipvsadm -Ln is empty")]
[Condition("kube-proxy in ipvs mode, before 1.13.0 (and before 1.12.7 / 1.11.9 on those lines, inferred)")]
[Condition("kernel 4.19 or later")]
[Affects(ComponentNames.KubeProxy, "(,1.11.9)"), Affects(ComponentNames.KubeProxy, "[1.12.0,1.12.7)")]
[Affects("kernel", "[4.19,)")]
[FixedIn(ComponentNames.KubeProxy, "v1.11.9"), FixedIn(ComponentNames.KubeProxy, "v1.12.7"), FixedIn(ComponentNames.KubeProxy, "v1.13.0")]
[Remediation(1, "Upgrade kube-proxy to 1.13.0 or later (1.12.7+ / 1.11.9+ carry the cherry-picks, inferred).")]
[Remediation(2, "Until then, accept the iptables fallback knowingly, or run a kernel before 4.19 for IPVS mode.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/70304")]
[Reference("https://github.com/kubernetes/kubernetes/pull/70325")]
[Reference("https://github.com/kubernetes/kubernetes/pull/70398")]
[Reference("https://github.com/kubernetes/kubernetes/pull/75241")]
[Reference("https://github.com/kubernetes/kubernetes/pull/75242")]
public sealed class IpvsNfConntrackIpv4On419 : KubeProxyModeOnKernelRule
{
    /// <summary>The kernel that merged nf_conntrack_ipv4 into nf_conntrack.</summary>
    private static readonly KernelVersion MergedConntrackKernel = new(4, 19);

    /// <inheritdoc />
    protected override Expression<Func<ComponentSetting, bool>> ModeCondition => m => KubeProxyMode.IsIpvs(m);

    /// <inheritdoc />
    protected override Expression<Func<KernelInfo, bool>> KernelCondition => k => k.Version.Upstream >= MergedConntrackKernel;

    /// <inheritdoc />
    protected override string Note(ComponentVersion kubeProxy, KernelInfo kernel) => "kube-proxy " + kubeProxy.Version!.Original + " looks for nf_conntrack_ipv4, which kernel " + kernel.Release + " no longer has.";
}
