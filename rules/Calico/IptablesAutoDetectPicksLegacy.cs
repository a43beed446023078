using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F5: felix's iptables backend auto-detection picks legacy on an nftables host when the
/// <c>ip_tables</c> module is loaded.</summary>
[RuleId("CALICO-IPTABLES-AUTODETECT-LEGACY")]
[Title("Calico picks iptables-legacy on an nftables host when ip_tables is loaded")]
[Severity(Severity.High)]
[Component(ComponentNames.Calico)]
[Tag("iptables"), Tag("nftables")]
[Description("With iptablesBackend Auto (the default), felix before v3.25.2 decided on legacy whenever the ip_tables kernel module was loaded. On " +
    "nftables hosts (RHEL/CentOS 8 and later) something often preloads ip_tables, so Calico programs its policy and NAT rules into the legacy " +
    "backend while kube-proxy and the host use nft, and policy or Service traffic breaks. Fixed by #7111 in v3.26.0 and backported by #7460 to " +
    "v3.25.2: felix now chooses nft when the nft mangle table has KUBE-IPTABLES-HINT or KUBE-KUBELET-CANARY. 3.24.x and older were never fixed; " +
    "3.26.0 pre-releases are affected too.")]
[Symptom("Network policy not enforced or pod traffic dropped on nft hosts; iptables-legacy-save shows cali- chains while iptables-nft-save shows KUBE- chains")]
[Condition("host iptables backend is nft: decided iptables mode, or an nft-only OS (RHEL 8+ and rebuilds, RHCOS) when it is not decided")]
[Condition("the ip_tables kernel module is loaded")]
[Condition("FELIX_IPTABLESBACKEND is unset or Auto")]
[Affects(ComponentNames.Calico, "(,3.25.2)"), Affects(ComponentNames.Calico, "[3.26.0-0.dev,3.26.0)")]
[FixedIn(ComponentNames.Calico, "v3.25.2"), FixedIn(ComponentNames.Calico, "v3.26.0")]
[Remediation(1, "Set FELIX_IPTABLESBACKEND=NFT on calico-node (or iptablesBackend: NFT in FelixConfiguration).")]
[Remediation(2, "Upgrade Calico to v3.25.2 or v3.26.0 or later.")]
[Reference("https://github.com/projectcalico/calico/pull/7111")]
[Reference("https://github.com/projectcalico/calico/pull/7460")]
public sealed class IptablesAutoDetectPicksLegacy : Rule
{
    /// <summary>The calico-node setting that overrides the auto-detection.</summary>
    private const string BackendSetting = "FELIX_IPTABLESBACKEND";

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;
        HostIptablesBackend backend = null!;
        KernelModules modules = null!;

        When()
            .Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!))
            .Match(() => backend, b => b.Backend == IptablesBackend.Nft)
            .Match(() => modules, m => m.IsLoaded("ip_tables"))
            .Not<ComponentSetting>(s => s.Component == ComponentNames.Calico && s.Name == BackendSetting && !s.Is("Auto"));
        Then().Do(ctx => ctx.Note("Decided by " + backend.Basis + "; ip_tables is loaded and FELIX_IPTABLESBACKEND is not set to a fixed backend."));
    }
}
