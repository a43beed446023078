using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy 1.29's alpha nftables mode programs rules that kernels before about 5.6.9 reject.</summary>
[RuleId("KPROXY-NFT-129-OLD-KERNEL")]
[Title("kube-proxy 1.29 nftables mode fails on kernels before ~5.6.9")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("nftables"), Tag("kernel")]
[Description("The 1.29 nftables mode (alpha, feature gate NFTablesProxyMode) used nftables features that older kernels lack, so on them the " +
    "ruleset does not load and Services are not programmed. PR #122296 (v1.30.0) changed the rules so that nftables mode also works on kernels " +
    "below 5.6, with #122572 as the follow-up; neither was cherry-picked to 1.29, so every 1.29.x is affected. The exact kernel bound is " +
    "approximate: the audit puts it near 5.6.9, which is inferred, not confirmed. From 1.31 kube-proxy refuses kernels before 5.13 anyway " +
    "(KPROXY-NFT-KERNEL-REQ).")]
[Symptom("kube-proxy in nftables mode fails to sync its ruleset (nft errors in its log) and Services do not work on the node")]
[Condition("kube-proxy 1.29 in nftables mode (feature gate NFTablesProxyMode)")]
[Condition("kernel older than about 5.6.9 (inferred bound)")]
[Affects(ComponentNames.KubeProxy, "[1.29.0,1.30.0)")]
[Affects("kernel", "(,5.6.9)")]
[FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
[Remediation(1, "Upgrade kube-proxy to 1.30 or later, and to a kernel 5.13 or later before 1.31.")]
[Remediation(2, "On 1.29, run kube-proxy in iptables or ipvs mode.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122296")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122572")]
public sealed class NftablesFailsOnOldKernel129 : Rule
{
    /// <summary>The approximate first kernel that accepts 1.29's ruleset (inferred).</summary>
    private static readonly KernelVersion FirstWorkingKernel = new(5, 6, 9);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, m => KubeProxyMode.IsNftables(m))
            .Match(() => kernel, k => k.Version.Upstream < FirstWorkingKernel);
        Then().Do(ctx => ctx.Note("kube-proxy " + kubeProxy.Version!.Original + " in nftables mode on kernel " + kernel.Release + "."));
    }
}
