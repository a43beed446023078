using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy 1.31 and later refuse nftables mode on kernels before 5.13 unless told to skip the check.</summary>
[RuleId("KPROXY-NFT-KERNEL-REQ")]
[Title("kube-proxy nftables mode does not start on kernels before 5.13")]
[Severity(Severity.Critical)]
[Component(ComponentNames.KubeProxy)]
[Tag("nftables"), Tag("kernel")]
[Description("From 1.31 (#124152, fixing #122743) kube-proxy refuses to run its nftables proxier on kernels before 5.13 and needs nft 1.0.1 or later " +
    "in its own image. Older nft binaries crash on or misparse rulesets written by newer ones, so kube-proxy's rules could break other users of " +
    "nftables on the host; the host's nft version cannot be seen from the container, and the kernel stands in for it (every known distribution " +
    "with 5.13 or later ships nft 1.0.1 or later). nftables.skipKernelVersionCheck bypasses the check, meant for development and testing. The " +
    "official images' nft is new enough; the host's nft version is not a fact here yet. This is a requirement, not a bug: no fix, only a newer " +
    "kernel or the skip setting. 1.29 and 1.30 do not check (see KPROXY-NFT-129-OLD-KERNEL for 1.29 on kernels before 5.6).")]
[Symptom("kube-proxy exits at start-up in nftables mode with an error that the kernel is too old (5.13 or later required); Services stop working on the node")]
[Condition("kube-proxy 1.31 or later in nftables mode")]
[Condition("kernel older than 5.13 (upstream version; RHEL 8's 4.18 included)")]
[Condition("nftables.skipKernelVersionCheck is not true (read from the config.conf of kube-proxy's ConfigMap; false when absent)")]
[Affects(ComponentNames.KubeProxy, "[1.31.0,)")]
[Affects("kernel", "(,5.13)")]
[FixedIn("kernel", "5.13")]
[Remediation(1, "Run a kernel 5.13 or later on nodes that use kube-proxy's nftables mode.")]
[Remediation(2, "Use iptables mode on older kernels (KubeProxyConfiguration mode: iptables).")]
[Remediation(3, "Only where the host's own nft is 1.0.1 or later (or nothing else on the host uses nftables), set nftables.skipKernelVersionCheck: true in the KubeProxyConfiguration; upstream meant it for development and testing.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/124152")]
[Reference("https://github.com/kubernetes/kubernetes/issues/122743")]
public sealed class NftablesKernelTooOld : KubeProxyModeOnKernelRule
{
    /// <summary>The oldest kernel kube-proxy's nftables mode accepts without the skip setting.</summary>
    private static readonly KernelVersion FirstSupportedKernel = new(5, 13);

    /// <inheritdoc />
    protected override Expression<Func<ComponentSetting, bool>> ModeCondition => m => KubeProxyMode.IsNftables(m);

    /// <inheritdoc />
    protected override Expression<Func<KernelInfo, bool>> KernelCondition => k => k.Version.Upstream < FirstSupportedKernel;

    /// <inheritdoc />
    protected override string Note(ComponentVersion kubeProxy, KernelInfo kernel) => "kernel " + kernel.Release + " is older than 5.13 and nftables.skipKernelVersionCheck is not set.";

    /// <inheritdoc />
    protected override void Unless(ILeftHandSideExpression when) => when.Not<ComponentSetting>(s => s.Component == ComponentNames.KubeProxy && s.Name == KubeProxyMode.SkipKernelVersionCheck && s.IsEnabled);
}
