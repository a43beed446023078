using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Submariner;

/// <summary>Knowledge base C: from OpenShift 4.18, OVN-Kubernetes SNATs traffic entering through <c>ovn-k8s-mp0</c> in
/// nftables, so Submariner's cross-cluster TCP traffic arrives with the wrong source address.</summary>
[RuleId("SUBM-OCP418-OVNK-SNAT")]
[Title("Submariner cross-cluster TCP fails on OpenShift 4.18+: OVN-Kubernetes nftables SNATs the source IP")]
[Severity(Severity.High)]
[Component(ComponentNames.Submariner)]
[Tag("openshift"), Tag("ovn-kubernetes"), Tag("nftables"), Tag("snat")]
[Description("From OCP 4.18 OVN-Kubernetes programs its packet filtering and NAT with nftables: traffic entering a node through ovn-k8s-mp0 is SNATed " +
    "to the management-port IP by the mgmtport-snat chain, and Submariner's higher-priority iptables rules can no longer prevent it because nftables " +
    "evaluates every base chain. Remote clusters then see the wrong source IP and the TCP connectivity test fails (globalnet and non-globalnet, per the article). " +
    "The fix needs both sides: OVN-K honours the node annotation k8s.ovn.org/node-ingress-snat-exclude-subnets (ovn-kubernetes #5113, shipped in OCP 4.19.5), " +
    "and Submariner writes it (#3462, v0.21.0; backported to release-0.20 by #3471, merged 2025-06-18, after v0.20.1 (2025-05-14) and before v0.20.2 (2025-09-29, submariner-io/releases), so v0.20.2 – inferred from those dates, not verified). " +
    "So the rule fires on OCP [4.18, 4.19.5) whatever the Submariner version, and on OCP 4.19.5 or later while Submariner is older than v0.20.2. " +
    "The opt-in workaround, the submariner-global ConfigMap's enable-snat-handler (#3577, release-0.20 only), exists only from v0.20.2: on v0.20.0 " +
    "and v0.20.1 the ConfigMap does nothing, and v0.21.0 dropped it for the annotation, so it suppresses the finding only on Submariner [0.20.2, 0.21.0). " +
    "Globalnet's part: #3307 reports the failure with and without Globalnet (the listener cannot tell the connecting pod's global IP), and " +
    "Globalnet's own SNAT to global IPs meets OVN-K's SNAT as well (PR #3525); both modes are affected (that both fail is from the source article only).")]
[Symptom("subctl verify / the Submariner connectivity e2e test fails for TCP between clusters; packets reach the remote pod with the node's ovn-k8s-mp0 address as source instead of the originating pod IP")]
[Condition("OpenShift 4.18 or later with the OVN-Kubernetes network plugin (nftables-based mgmtport-snat)")]
[Condition("On OpenShift 4.19.5 or later only while Submariner does not annotate remote subnets (Submariner before v0.20.2 / v0.21.0)")]
[Condition("The submariner-global ConfigMap with enable-snat-handler is not set, or Submariner is outside [0.20.2, 0.21.0), where it does nothing")]
[Condition("Globalnet on or off: both fail")]
[Affects(ClusterDistributions.OpenShift, "[4.18,4.19.5)")]
[Affects(ComponentNames.Submariner, "[0.0.0,0.20.2)")]
[FixedIn(ClusterDistributions.OpenShift, "4.19.5"), FixedIn(ComponentNames.Submariner, "0.20.2"), FixedIn(ComponentNames.Submariner, "0.21.0")]
[Remediation(1, "On OpenShift 4.18.0–4.19.4 with Submariner 0.20.2 or later on the 0.20 line (upgrade 0.20.0/0.20.1 first: they ignore it): create the ConfigMap 'submariner-global' in namespace 'submariner-operator' with data 'enable-snat-handler: \"true\"' " +
    "(kubectl -n submariner-operator create configmap submariner-global --from-literal=enable-snat-handler=true), which installs nftables self-SNAT rules.")]
[Remediation(2, "Upgrade OpenShift to 4.19.5 or later and Submariner to 0.21.0 or later (0.20.2 on the 0.20 line), so Submariner annotates remote subnets with k8s.ovn.org/node-ingress-snat-exclude-subnets and OVN-K honours it.")]
[Reference("https://github.com/submariner-io/submariner/issues/3307")]
[Reference("https://github.com/ovn-kubernetes/ovn-kubernetes/issues/5082")]
[Reference("https://github.com/ovn-kubernetes/ovn-kubernetes/pull/5113")]
[Reference("https://github.com/submariner-io/submariner/pull/3462")]
[Reference("https://github.com/submariner-io/submariner/pull/3471")]
[Reference("https://github.com/submariner-io/submariner/pull/3577")]
[Reference("https://github.com/submariner-io/submariner/pull/3525")]
[Reference("https://github.com/stolostron/rhacm-docs/pull/8472")]
[Reference("https://github.com/submariner-io/submariner-website/pull/1234")]
[Reference("https://github.com/submariner-io/submariner-website/pull/1265")]
[Reference("https://github.com/submariner-io/submariner-website/pull/1281")]
public sealed class OvnKubernetesSnatBreaksConnectivity : Rule
{
    /// <summary>The first OpenShift release whose OVN-Kubernetes SNATs ingress traffic in nftables.</summary>
    private static readonly SoftwareVersion NftablesOpenShift = SoftwareVersion.Parse("4.18");

    /// <summary>The Submariner releases that honour the enable-snat-handler opt-in (#3577, release-0.20 from v0.20.2).</summary>
    private static readonly VersionRange SnatHandlerReleases = VersionRange.Parse("[0.20.2,0.21.0)");

    /// <inheritdoc />
    public override void Define()
    {
        var openShiftAffected = this.AffectedVersions(ClusterDistributions.OpenShift);
        var submarinerAffected = this.AffectedVersions(ComponentNames.Submariner);
        var since = NftablesOpenShift;
        var handlerReleases = SnatHandlerReleases;
        ComponentVersion submariner = null!;
        ComponentVersion ovnKubernetes = null!;
        ClusterInfo cluster = null!;

        When()
            .Component(() => submariner, ComponentNames.Submariner)
            .Keyed(() => ovnKubernetes, ComponentVersion.KeyFor(ComponentNames.OvnKubernetes))
            .KnownWhen(() => cluster, ClusterInfo.FactKey, c => c.Is(ClusterDistributions.OpenShift), c => c.DistributionVersion,
                c => openShiftAffected.Contains(c.DistributionVersion!) || (c.DistributionVersion! >= since && submarinerAffected.Contains(submariner.Version!)))
            .Not<ComponentSetting>(s => s.Component == ComponentNames.Submariner && s.Name == "enable-snat-handler" && s.IsEnabled && handlerReleases.Contains(submariner.Version!));
        Then().Do(ctx => ctx.Note(openShiftAffected.Contains(cluster.DistributionVersion!)
            ? "OpenShift " + cluster.DistributionVersion!.Original + " is before 4.19.5: OVN-K ignores the SNAT exclusion annotation."
            : "OpenShift " + cluster.DistributionVersion!.Original + " honours the SNAT exclusion annotation, but Submariner " + submariner.Version!.Original + " does not write it."));
    }
}
