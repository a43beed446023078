using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Flannel;

/// <summary>Flannel images before v0.13.0 always use iptables-legacy, which breaks on hosts whose iptables is nf_tables.</summary>
[RuleId("FLANNEL-LEGACY-IPTABLES")]
[Title("Flannel before v0.13.0 programs iptables-legacy on an nftables host")]
[Severity(Severity.High)]
[Component(ComponentNames.Flannel)]
[Tag("iptables"), Tag("nftables"), Tag("image")]
[Description("flanneld writes its MASQUERADE and FORWARD rules with the iptables binary of its image, which before v0.13.0 was iptables-legacy only. " +
    "On hosts whose iptables is nf_tables (RHEL 8+, Debian 10+ defaults) those rules land in the other backend than kube-proxy's and the host's, " +
    "so pod egress masquerading and forwarding break (flannel#1306). v0.13.0 ships an image that picks the host's backend (#1317, #1318).")]
[Symptom("Pods cannot reach addresses outside the cluster, or forwarding between nodes is dropped; iptables-legacy-save shows FLANNEL chains while iptables-nft-save does not")]
[Condition("host iptables backend is nft: decided iptables mode, or an nft-only OS (RHEL 8+ and rebuilds, RHCOS) when it is not decided")]
[Affects(ComponentNames.Flannel, "(,0.13.0)")]
[FixedIn(ComponentNames.Flannel, "v0.13.0")]
[Remediation(1, "Upgrade Flannel to v0.13.0 or later.")]
[Remediation(2, "Where the OS ships both, switch the host to legacy: update-alternatives --set iptables /usr/sbin/iptables-legacy (and ip6tables), then reboot.")]
[Reference("https://github.com/flannel-io/flannel/issues/1306")]
[Reference("https://github.com/flannel-io/flannel/pull/1317")]
[Reference("https://github.com/flannel-io/flannel/pull/1318")]
public sealed class LegacyIptablesOnNftHost : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Flannel);
        ComponentVersion flannel = null!;
        HostIptablesBackend backend = null!;

        When()
            .Component(() => flannel, ComponentNames.Flannel, c => affected.Contains(c.Version!))
            .Match(() => backend, b => b.Backend == IptablesBackend.Nft);
        Then().Do(ctx => ctx.Note("Decided by " + backend.Basis + "."));
    }
}
