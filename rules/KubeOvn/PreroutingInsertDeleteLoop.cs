using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Knowledge base B, follow-up regression: the #5232 fix makes kube-ovn-cni insert and delete its nat
/// PREROUTING jump every few seconds when kube-proxy has no <c>KUBE-SERVICES</c> jump there.</summary>
[RuleId("KOVN-PREROUTING-INSERT-DELETE-LOOP")]
[Title("kube-ovn-cni inserts and deletes its nat PREROUTING rule in a loop when kube-proxy's jump is missing")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeOvn)]
[Tag("iptables"), Tag("nat-prerouting"), Tag("kube-proxy")]
[Description("PR #5232 (v1.13.13, v1.14.0) fixed KOVN-PREROUTING-DELETE-INDEX by putting Kube-OVN's OVN-PREROUTING jump right before kube-proxy's " +
    "KUBE-SERVICES jump. When nat PREROUTING has no KUBE-SERVICES jump (no kube-proxy, or kube-proxy in nftables mode), the position check " +
    "is off by one (a '<' that should be '<='), so every gateway sync (3 s) inserts the rule at position 1 and deletes the 'duplicate' at position 2 (#5420). " +
    "Fixed by #5421 in v1.13.15, v1.14.1 and v1.15.0.")]
[Symptom("cni-server logs every ~3 s: 'inserting nat prerouting rule [\"-m\" \"comment\" \"--comment\" \"kube-ovn prerouting rules\" \"-j\" \"OVN-PREROUTING\"] at position 1' then 'deleting duplicate nat prerouting rule at position 2'")]
[Condition("No kube-proxy KUBE-SERVICES jump in iptables nat PREROUTING: kube-proxy is absent (replaced) or runs with mode=nftables")]
[Affects(ComponentNames.KubeOvn, "[v1.13.13,v1.13.15)"), Affects(ComponentNames.KubeOvn, "[v1.14.0,v1.14.1)")]
[FixedIn(ComponentNames.KubeOvn, "v1.13.15"), FixedIn(ComponentNames.KubeOvn, "v1.14.1"), FixedIn(ComponentNames.KubeOvn, "v1.15.0")]
[Remediation(1, "Upgrade Kube-OVN to v1.13.15 or later on the 1.13 line, or to v1.14.1 or later.")]
[Reference("https://github.com/kubeovn/kube-ovn/issues/5420")]
[Reference("https://github.com/kubeovn/kube-ovn/pull/5421")]
[Reference("https://github.com/kubeovn/kube-ovn/pull/5232")]
public sealed class PreroutingInsertDeleteLoop : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeOvn);
        ComponentVersion kubeOvn = null!;
        KubeProxyServicesJump jump = null!;

        When()
            .Component(() => kubeOvn, ComponentNames.KubeOvn, c => affected.Contains(c.Version!))
            .Match(() => jump, j => !j.InNatPrerouting);
        Then().Do(ctx => ctx.Note("No KUBE-SERVICES jump in nat PREROUTING: " + jump.Basis + "."));
    }
}
