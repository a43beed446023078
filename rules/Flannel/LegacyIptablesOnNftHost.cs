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
    "On hosts whose iptables is nf_tables (CentOS/RHEL 8, Debian 10) those rules land in the other backend than kube-proxy's and the host's, or " +
    "cannot be written at all, so the flannel pod looks healthy while pod-to-node and cross-node pod traffic is missing (flannel#1306, on 0.11 and " +
    "0.12; #1317 asked for detection). #1318 added iptables-wrapper-installer.sh to the image, which picks the host's backend; its first release " +
    "is v0.13.0 (from the merge in July 2020; inferred).")]
[Symptom("flannel pods are Running but cross-node pod traffic fails; the flannel log repeats 'Failed to ensure iptables rules' with 'iptables v1.8.x (legacy): can't initialize iptables table `nat': Table does not exist'")]
[Condition("host iptables backend is nft: decided iptables mode, or an nft-only OS (RHEL 8+ and rebuilds, RHCOS) when it is not decided")]
[Affects(ComponentNames.Flannel, "(,0.13.0)")]
[FixedIn(ComponentNames.Flannel, "v0.13.0")]
[Remediation(1, "Upgrade Flannel to v0.13.0 or later.")]
[Remediation(2, "Where the OS ships both, switch the host to legacy: update-alternatives --set iptables /usr/sbin/iptables-legacy (and ip6tables), then reboot.")]
[Reference("https://github.com/flannel-io/flannel/issues/1306")]
[Reference("https://github.com/flannel-io/flannel/issues/1317")]
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
