using System.Collections.Immutable;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Rules.Tests;

/// <summary>A current, well-configured node must not trip any built-in rule: guards against over-broad ranges.</summary>
public class ModernNodeTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static FactSet ModernNode(bool withVxlanInterface)
    {
        var facts = new List<Fact>
        {
            new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.1 LTS", ["debian"]),
            KernelInfo.FromRelease("6.8.0-31-generic", "x86_64"),
            ComponentVersion.Of(ComponentNames.Calico, "v3.29.1", "quay.io/calico/node:v3.29.1"),
            new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"),
            ComponentVersion.Of(ComponentNames.KubeProxy, "v1.31.2", "registry.k8s.io/kube-proxy:v1.31.2"),
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "iptables"),
            new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT"], "iptables-wrappers: hint chain in nft"),

            // ip_tables loaded too (the worst case for CALICO-IPTABLES-AUTODETECT-LEGACY): Calico's version must decide.
            new KernelModules(ImmutableDictionary<string, ModuleEvidence>.Empty.Add("nf_tables", ModuleEvidence.Loaded).Add("ip_tables", ModuleEvidence.Loaded)),
        };
        if (withVxlanInterface)
        {
            // What Calico v3.29 leaves on a 6.8 kernel: offload on, because the kernel is fixed.
            facts.Add(new NetworkInterface("vxlan.calico", "vxlan", "ens3", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", true)));
        }

        return FactSet.Create("modern-node", facts);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_ModernNode_NoRuleIsAffected(bool withVxlanInterface)
    {
        var report = Engine.Evaluate(ModernNode(withVxlanInterface));

        Assert.Empty(report.Affected.Select(r => r.RuleId + ": " + string.Join(" ", r.Notes)));
        Assert.Empty(report.Errors.Select(r => r.RuleId + ": " + r.Error));
    }

    [Theory]
    [InlineData("KPROXY-IPVS-CONN-REUSE")]
    [InlineData("KPROXY-RANDOM-FULLY-OLD-KERNEL")]
    [InlineData("KPROXY-IPVS-EXTERNALIP-ETP-LOCAL")]
    [InlineData("KPROXY-IPTABLES-PARTIAL-SYNC")]
    [InlineData("KPROXY-NFT-LB-SOURCE-RANGES")]
    [InlineData("KPROXY-LEGACY-IPTABLES-NFT-HOST")]
    [InlineData("CALICO-VXLAN-CSUM-OFFLOAD")]
    [InlineData("CALICO-VXLAN-CSUM-OFFLOAD-ALL-KERNELS")]
    [InlineData("CALICO-PARENT-DEVICE-CHANGE-ROUTES")]
    [InlineData("CALICO-KUBE-CONTROLLERS-NODE-LEAK")]
    [InlineData("CALICO-IPIP-CSUM-OFFLOAD")]
    [InlineData("CALICO-IPTABLES-AUTODETECT-LEGACY")]
    public void Evaluate_ModernNode_KubeProxyAndCalicoRulesAreDecidedNotAffected(string ruleId)
    {
        var result = Engine.Evaluate(ModernNode(withVxlanInterface: false))[ruleId];

        Assert.NotNull(result);
        Assert.Equal(Outcome.NotAffected, result.Outcome);
    }
}
