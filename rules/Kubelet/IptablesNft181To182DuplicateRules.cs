using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Kubelet;

/// <summary>Kubelet before 1.17 checks its KUBE-FIREWALL drop rule with <c>iptables -C</c>; host iptables 1.8.1 and
/// 1.8.2 in nft mode never find it, so the kubelet appends a copy on every sync.</summary>
[RuleId("KUBELET-IPTABLES-181-182")]
[Title("kubelet before 1.17 with host iptables 1.8.1/1.8.2 in nft mode fills KUBE-FIREWALL with duplicate rules")]
[Severity(Severity.Medium)]
[Component(KubeletNames.Kubelet)]
[Tag("iptables"), Tag("nftables"), Tag("package")]
[Description("The kubelet ensures its 'kubernetes firewall for dropping marked packets' rule with iptables -C followed by -A. iptables 1.8.1 and " +
    "1.8.2 in nf_tables mode answer -C for a rule with -m mark --mark 0x8000/0x8000 with 'Bad rule (does a matching rule exist in that chain?)' " +
    "even when it exists (fixed in iptables 1.8.3), so every sync appends another copy and the chain grows until rule evaluation loads the node " +
    "(kubernetes#82361, Debian 10's 1.8.2-4; background in #71305). Kubernetes 1.17 stopped relying on -C for that rule (#81517, named in #82361 " +
    "as the fix in 1.17). The kubelet version is the cluster's Kubernetes version (the node's kubeletVersion), the iptables version the host package " +
    "'iptables' (dpkg or rpm). RHEL 8.0/8.1 ship iptables 1.8.2 as well; whether Red Hat backported the -C fix into 1.8.2-x.el8 was not confirmed, so " +
    "those are reported too (inferred).")]
[Symptom("iptables -S KUBE-FIREWALL lists the 'kubernetes firewall for dropping marked packets' DROP rule hundreds or thousands of times, growing; load and iptables latency climb")]
[Condition("the host iptables package is 1.8.1 or 1.8.2 (Debian 10: 1.8.2-4) and the host backend is nft (decided iptables mode, or an nft-only OS)")]
[Affects(KubeletNames.Kubelet, "(,1.17.0)")]
[FixedIn(KubeletNames.Kubelet, "v1.17.0")]
[Remediation(1, "Upgrade the host iptables to 1.8.3 or later (Debian 10: buster-backports), or Kubernetes to 1.17 or later.")]
[Remediation(2, "Otherwise switch the host to iptables-legacy (update-alternatives --set iptables /usr/sbin/iptables-legacy, and ip6tables), then remove the duplicates (restart the kubelet after flushing KUBE-FIREWALL, or reboot).")]
[Reference("https://github.com/kubernetes/kubernetes/issues/82361")]
[Reference("https://github.com/kubernetes/kubernetes/pull/81517")]
[Reference("https://github.com/kubernetes/kubernetes/issues/71305")]
public sealed class IptablesNft181To182DuplicateRules : Rule
{
    /// <summary>The host package whose version decides.</summary>
    internal const string IptablesPackage = "iptables";

    /// <summary>The first iptables release with the broken <c>-C</c> in nft mode.</summary>
    internal const string FirstBroken = "1.8.1";

    /// <summary>The first iptables release with <c>-C</c> fixed.</summary>
    internal const string FirstFixed = "1.8.3";

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(KubeletNames.Kubelet);
        ClusterInfo cluster = null!;
        HostPackage iptables = null!;
        HostIptablesBackend backend = null!;

        When()
            .Known(() => cluster, ClusterInfo.FactKey, c => c.KubernetesVersion, c => affected.Contains(c.KubernetesVersion!))
            .Keyed(() => iptables, HostPackage.KeyFor(IptablesPackage), p => p.Version.IsAtLeast(FirstBroken) && p.Version.IsBefore(FirstFixed))
            .Match(() => backend, b => b.Backend == IptablesBackend.Nft);
        Then().Do(ctx => ctx.Note("kubelet " + cluster.KubernetesVersion!.Original + " with host iptables " + iptables.Version.Original
            + " in nft mode (" + backend.Basis + ")."));
    }
}
