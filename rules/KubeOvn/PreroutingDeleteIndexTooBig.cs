using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Knowledge base B: kube-ovn-cni v1.13.0–v1.13.12 fights Calico/Canal for the top of nat PREROUTING and
/// deletes its duplicates by stale position until iptables refuses ("Index of deletion too big").</summary>
[RuleId("KOVN-PREROUTING-DELETE-INDEX")]
[Title("kube-ovn-cni init fails: 'Index of deletion too big' while fighting Calico for nat PREROUTING position 1")]
[Severity(Severity.Critical)]
[Component(ComponentNames.KubeOvn)]
[Tag("iptables"), Tag("nat-prerouting"), Tag("calico")]
[Description("Kube-OVN v1.13.x (since #3995, first tag v1.13.0) forces its '-m comment --comment \"kube-ovn prerouting rules\" -j OVN-PREROUTING' " +
    "jump to position 1 of nat PREROUTING (pkg/daemon/gateway_linux.go createIptablesRule). When another agent also inserts at the top " +
    "(Calico/Canal's cali-PREROUTING on RKE2/Harvester), Kube-OVN re-inserts and then deletes its duplicates by position from a stale listing " +
    "in ascending order; after the first delete the positions have shifted and iptables fails with 'Index of deletion too big', an endless fight " +
    "that leaves kube-ovn-cni unable to initialise. v1.12.x tags are not affected. Fixed by #5232 (v1.13.13, v1.14.0), which places the rule right " +
    "before kube-proxy's; that fix itself loops when no kube-proxy jump exists (see KOVN-PREROUTING-INSERT-DELETE-LOOP), so upgrade to v1.13.15 / v1.14.1 or later.")]
[Symptom("kube-ovn-cni does not become ready; cni-server logs 'delete iptables rule by pos N: {nat PREROUTING N [-m comment --comment kube-ovn prerouting rules -j OVN-PREROUTING]}' " +
    "followed by 'iptables: Index of deletion too big.'; Calico/kube-proxy PREROUTING jumps disappear and reappear")]
[Condition("Another agent keeps its own jump at the top of the nat PREROUTING chain: Calico or Canal (calico-node) on the same node")]
[Affects(ComponentNames.KubeOvn, "[v1.13.0,v1.13.13)")]
[FixedIn(ComponentNames.KubeOvn, "v1.13.13"), FixedIn(ComponentNames.KubeOvn, "v1.14.0")]
[Remediation(1, "Upgrade Kube-OVN to v1.13.15 or later on the 1.13 line, or to v1.14.1 or later (these carry #5232 and its follow-up fix #5421).")]
[Remediation(2, "If you cannot upgrade past the fix's own regression, v1.13.13/v1.13.14 and v1.14.0 fix this error but need kube-proxy's KUBE-SERVICES jump in nat PREROUTING.")]
[Reference("https://github.com/kubeovn/kube-ovn/issues/5078")]
[Reference("https://github.com/harvester/harvester/issues/8217")]
[Reference("https://github.com/kubeovn/kube-ovn/pull/3995")]
[Reference("https://github.com/kubeovn/kube-ovn/pull/5232")]
public sealed class PreroutingDeleteIndexTooBig : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeOvn);
        ComponentVersion kubeOvn = null!;
        ComponentVersion calico = null!;

        When()
            .Component(() => kubeOvn, ComponentNames.KubeOvn, c => affected.Contains(c.Version!))
            .Keyed(() => calico, ComponentVersion.KeyFor(ComponentNames.Calico));
        Then().Do(ctx => ctx.Note("Calico (" + (calico.Version == null ? "version unknown" : calico.Version.Original) + ") also keeps its jump at the top of nat PREROUTING."));
    }
}
