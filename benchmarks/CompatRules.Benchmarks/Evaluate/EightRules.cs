using CompatRules.BuiltIn.Calico;
using CompatRules.BuiltIn.K0s;
using CompatRules.BuiltIn.KubeOvn;
using CompatRules.BuiltIn.KubeProxy;
using CompatRules.BuiltIn.Node;

namespace CompatRules.Benchmarks.Evaluate;

/// <summary>The eight built-in rules that <see cref="HandWrittenChecks"/> re-implements, across Kube-OVN, Calico,
/// kube-proxy and k0s, with the derivation rules they read.</summary>
public static class EightRules
{
    /// <summary>The rule ids, in the order <see cref="HandWrittenChecks.Check"/> returns outcomes.</summary>
    public static readonly string[] Ids =
    [
        "KOVN-TPROXY-MPTCP", "KOVN-PREROUTING-DELETE-INDEX", "CALICO-KUBE-CONTROLLERS-NODE-LEAK",
        "CALICO-VXLAN-CSUM-OFFLOAD-ALL-KERNELS", "KPROXY-IPTABLES-PARTIAL-SYNC", "KPROXY-RANDOM-FULLY-OLD-KERNEL",
        "KPROXY-NFT-LB-SOURCE-RANGES", "K0S-KUBEROUTER-LEGACY-IPT",
    ];

    /// <summary>Builds an engine with exactly these rules and their derivations.</summary>
    /// <returns>The engine.</returns>
    public static RuleEngine Build() => CompatEngine.CreateBuilder()
        .AddRule<TproxyListenerFailsOnMptcp>()
        .AddRule<MptcpTransparencyFromProbe>()
        .AddRule<MptcpTransparencyFromKernel>()
        .AddRule<PreroutingDeleteIndexTooBig>()
        .AddRule<KubeControllersNodeCacheLeak>()
        .AddRule<VxlanChecksumOffloadOffOnAllKernels>()
        .AddRule<IptablesPartialSyncDelaysEndpoints>()
        .AddRule<RandomFullyIneffectiveOnOldKernel>()
        .AddRule<NftablesLoadBalancerSourceRangesIgnored>()
        .AddRule<KubeRouterLegacyIptablesImage>()
        .AddRule<K0sKubeRouterImageFromTag>()
        .AddRule<K0sKubeRouterImageFromRelease>()
        .AddRule<HostIptablesBackendFromIptablesMode>()
        .AddRule<HostIptablesBackendFromOs>()
        .Build();
}
