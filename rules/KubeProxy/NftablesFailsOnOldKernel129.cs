using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy 1.29's alpha nftables mode builds its LoadBalancerSourceRanges set with concatenated ranges, which
/// kernels before 5.6 do not support.</summary>
[RuleId("KPROXY-NFT-129-OLD-KERNEL")]
[Title("kube-proxy 1.29 nftables mode does not work on kernels before 5.6")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("nftables"), Tag("kernel")]
[Description("The 1.29 nftables mode (alpha, feature gate NFTablesProxyMode) created its firewall-allow set with a concatenation of ranges, which " +
    "the kernel supports only from 5.6 (commit 3c4287f62044). On older kernels such as 5.4 the kube-proxy pod looks healthy but Services do not " +
    "work. PR #122296 (merged after 1.29.0, so first in 1.30.0) replaced the set with a firewall chain per service port reached through a vmap; " +
    "the audit found no 1.29 cherry-pick, so every 1.29.x is affected. The audit put the bound near 5.6.9; this rule follows the PR's 5.6. The nftables " +
    "mode's open follow-ups are tracked in #122572. From 1.31 kube-proxy refuses kernels before 5.13 anyway (KPROXY-NFT-KERNEL-REQ).")]
[Symptom("kube-proxy in nftables mode runs and looks healthy, but Services do not work on the node; its nftables transaction is rejected by the kernel")]
[Condition("kube-proxy 1.29 in nftables mode (feature gate NFTablesProxyMode)")]
[Condition("kernel older than 5.6")]
[Affects(ComponentNames.KubeProxy, "[1.29.0,1.30.0)")]
[Affects("kernel", "(,5.6)")]
[FixedIn(ComponentNames.KubeProxy, "v1.30.0"), FixedIn("kernel", "5.6")]
[Remediation(1, "Upgrade kube-proxy to 1.30 or later (and to a kernel 5.13 or later before 1.31).")]
[Remediation(2, "On 1.29, run kube-proxy in iptables or ipvs mode on kernels before 5.6.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122296")]
[Reference("https://github.com/kubernetes/kubernetes/issues/122572")]
public sealed class NftablesFailsOnOldKernel129 : KubeProxyModeOnKernelRule
{
    /// <summary>The first kernel with concatenated ranges in sets (commit 3c4287f62044).</summary>
    private static readonly KernelVersion FirstWorkingKernel = new(5, 6);

    /// <inheritdoc />
    protected override Expression<Func<ComponentSetting, bool>> ModeCondition => m => KubeProxyMode.IsNftables(m);

    /// <inheritdoc />
    protected override Expression<Func<KernelInfo, bool>> KernelCondition => k => k.Version.Upstream < FirstWorkingKernel;

    /// <inheritdoc />
    protected override string Note(ComponentVersion kubeProxy, KernelInfo kernel) => "kube-proxy " + kubeProxy.Version!.Original + " in nftables mode on kernel " + kernel.Release + ".";
}
