using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E6: kube-proxy images before 1.17 always use iptables-legacy, which breaks on hosts whose
/// iptables is nf_tables.</summary>
[RuleId("KPROXY-LEGACY-IPTABLES-NFT-HOST")]
[Title("kube-proxy before 1.17 uses iptables-legacy on an nftables host")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Tag("iptables"), Tag("nftables"), Tag("image")]
[Description("The official kube-proxy image before 1.17 ships only iptables-legacy. On hosts whose iptables is the nf_tables backend (RHEL 8+, " +
    "Debian 10+ by default) its rules land in a different backend than the host's and kubelet's, and Service traffic breaks. 1.17.0 added backend " +
    "auto-detection to the image (#82966); detection was refined by debian-iptables v1.6.2 (#102590, nft when it has more rules than legacy), " +
    "which is in 1.22.0 (CHANGELOG-1.22), so 1.17 to 1.21 images may still pick legacy on a host whose legacy tables hold more rules. The source article says below 1.18: upstream's CHANGELOG-1.17 shows the fix in 1.17.0. " +
    "Distribution-built kube-proxy images may differ.")]
[Symptom("Services unreachable from pods or nodes; iptables-legacy-save shows KUBE-SERVICES while iptables-nft-save on the host does not (or the reverse)")]
[Condition("host iptables backend is nft: decided iptables mode, or an nft-only OS (RHEL 8+ and rebuilds, RHCOS) when it is not decided")]
[Affects(ComponentNames.KubeProxy, "(,1.17.0)")]
[FixedIn(ComponentNames.KubeProxy, "v1.17.0")]
[Remediation(1, "Upgrade kube-proxy to 1.17.0 or later (its image picks the host's backend).")]
[Remediation(2, "Where the OS still ships it (Debian/Ubuntu), switch the host to legacy: update-alternatives --set iptables /usr/sbin/iptables-legacy (and ip6tables, arptables, ebtables), then reboot.")]
[Reference("https://github.com/kubernetes/kubernetes/pull/82966")]
[Reference("https://github.com/kubernetes/kubernetes/pull/102590")]
[Reference("https://github.com/kubernetes-sigs/iptables-wrappers")]
public sealed class LegacyIptablesImageOnNftHost : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        HostIptablesBackend backend = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Match(() => backend, b => b.Backend == IptablesBackend.Nft);
        Then().Do(ctx => ctx.Note("Decided by " + backend.Basis + "."));
    }
}
