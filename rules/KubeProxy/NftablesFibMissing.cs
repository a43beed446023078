using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>kube-proxy's nftables mode matches local addresses with <c>fib</c>, which kernels built without
/// <c>CONFIG_NFT_FIB_IPV4</c>/<c>IPV6</c> cannot load.</summary>
[RuleId("KPROXY-NFT-FIB-MISSING")]
[Title("kube-proxy nftables mode fails on kernels built without NFT_FIB_IPV4 / NFT_FIB_IPV6")]
[Severity(Severity.Critical)]
[Component(ComponentNames.KubeProxy)]
[Tag("nftables"), Tag("kernel-config")]
[Description("kube-proxy's nftables mode uses the nftables fib expression ('fib saddr type local', 'fib daddr type local') to find traffic from " +
    "and to the node's own addresses. A kernel built without CONFIG_NFT_FIB_IPV4 (or, for the IPv6 family, CONFIG_NFT_FIB_IPV6) rejects those " +
    "rules with 'Could not process rule: No such file or directory', the transaction fails and Services are not programmed; reported on Talos " +
    "(siderolabs/pkgs#951, whose kernel then enabled both as modules). This is a kernel build requirement of every kube-proxy with nftables mode (1.29 and later): no fix in kube-proxy, only a kernel " +
    "built with the options (built in or as modules).")]
[Symptom("kube-proxy in nftables mode logs 'Error: Could not process rule: No such file or directory' for rules with 'fib saddr type local'; no Service works on the node")]
[Condition("kube-proxy in nftables mode (1.29 and later)")]
[Condition("kernel configuration without CONFIG_NFT_FIB_IPV4 or without CONFIG_NFT_FIB_IPV6")]
[Affects(ComponentNames.KubeProxy, "[1.29.0,)")]
[Remediation(1, "Run a kernel built with CONFIG_NFT_FIB_IPV4 and CONFIG_NFT_FIB_IPV6 (=y or =m) on nodes that use nftables mode.")]
[Remediation(2, "Otherwise run kube-proxy in iptables mode.")]
[Reference("https://github.com/siderolabs/pkgs/issues/951")]
public sealed class NftablesFibMissing : Rule
{
    /// <summary>The kernel options the fib expression needs, one per family.</summary>
    private static readonly string[] FibOptions = ["CONFIG_NFT_FIB_IPV4", "CONFIG_NFT_FIB_IPV6"];

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        KernelConfig config = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, m => KubeProxyMode.IsNftables(m))
            .Match(() => config, c => Missing(c).Any());
        Then().Do(ctx => ctx.Note("kernel configuration lacks " + string.Join(" and ", Missing(config)) + "."));
    }

    private static IEnumerable<string> Missing(KernelConfig config) => FibOptions.Where(o => config.State(o) == KernelOptionState.No);
}
