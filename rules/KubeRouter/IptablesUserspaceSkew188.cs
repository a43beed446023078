using CompatRules.BuiltIn.Kubelet;
using CompatRules.BuiltIn.Node;
using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeRouter;

/// <summary>Host iptables 1.8.8 or later (nft) writes the kubelet's KUBE-FIREWALL mark match in a form kube-router's
/// bundled iptables 1.8.7 cannot read back; kube-router's iptables-save/-restore turns it into an unconditional DROP.</summary>
[RuleId("IPTABLES-USERSPACE-SKEW-188")]
[Title("kube-router before v1.5.2 and kubelet before 1.27 on a host with iptables 1.8.8+ (nft): KUBE-FIREWALL drops all traffic")]
[Severity(Severity.Critical)]
[Component(ComponentNames.KubeRouter)]
[Tag("iptables"), Tag("nftables"), Tag("image"), Tag("package")]
[Description("iptables 1.8.8 in nf_tables mode encodes some matches (-m mark among them) as native nftables expressions that iptables 1.8.7 does " +
    "not translate back: 1.8.7's iptables-save prints the kubelet's '-m comment ... -m mark --mark 0x8000/0x8000 -j DROP' in KUBE-FIREWALL without " +
    "the mark match, and an iptables-restore of that output installs an unconditional DROP, so the node loses all connectivity as soon as the " +
    "container restores its rules (kubernetes#112477; kube-router#1370, and #1415 / kubernetes#114549 on Fedora CoreOS 37). kube-router v1.5.2 moved " +
    "its image to Alpine 3.16 with iptables 1.8.8 (stated in #1370); images before it ship 1.8.7 or older. The kubelet creates that rule until " +
    "1.27, where IPTablesOwnershipCleanup is on by default (#114472, CHANGELOG-1.27) and it no longer does; 1.28 dropped the rest (#119374, " +
    "CHANGELOG-1.28). A 1.27+ kubelet with IPTablesOwnershipCleanup=false still creates it, which this rule cannot see (flags of host processes " +
    "are not collected). kube-proxy images that bundle 1.8.7 do the same to the rule (#112477) but their bundled iptables is not collected, so " +
    "they are not encoded here. A k0s tag that names its iptables (-iptables1.8.8-0) is decided by that version. The host iptables is the package " +
    "'iptables' (Debian, Ubuntu) or 'iptables-nft' (Fedora, RHEL 9), compared as its package manager compares it.")]
[Symptom("the node stops answering ping and SSH the moment kube-router starts; iptables-save shows '-A KUBE-FIREWALL -m comment --comment \"kubernetes firewall for dropping marked packets\" -j DROP' without '-m mark --mark 0x8000/0x8000'")]
[Condition("kube-router's image ships iptables before 1.8.8 (releases before v1.5.2, or a k0s tag naming iptables before 1.8.8)")]
[Condition("the kubelet is before 1.27 (the cluster's Kubernetes version)")]
[Condition("the host's iptables or iptables-nft package is 1.8.8 or later and the host backend is nft")]
[Affects(ComponentNames.KubeRouter, "(,1.5.2)")]
[Affects(KubeletNames.Kubelet, "(,1.27.0)")]
[FixedIn(ComponentNames.KubeRouter, "v1.5.2")]
[FixedIn(KubeletNames.Kubelet, "v1.27.0")]
[Remediation(1, "Upgrade kube-router to v1.5.2 or later (iptables 1.8.8 in the image), and keep its iptables at or above the host's.")]
[Remediation(2, "Or upgrade the kubelet to 1.27 or later, which no longer creates the KUBE-FIREWALL mark rule.")]
[Remediation(3, "Until then keep the host's iptables at 1.8.7 (hold the package), or run kube-router with the host's iptables binaries.")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1370")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1415")]
[Reference("https://github.com/kubernetes/kubernetes/issues/112477")]
[Reference("https://github.com/kubernetes/kubernetes/issues/114549")]
[Reference("https://github.com/kubernetes/kubernetes/pull/114472")]
[Reference("https://github.com/kubernetes/kubernetes/pull/119374")]
public sealed class IptablesUserspaceSkew188 : Rule
{
    /// <summary>The host packages that carry the iptables binary in nft mode.</summary>
    internal static readonly string[] IptablesPackages = ["iptables", "iptables-nft"];

    /// <summary>The first iptables whose nft encoding 1.8.7 cannot read back.</summary>
    internal const string FirstSkewedHost = "1.8.8";

    private static readonly Version FirstSkewedIptables = new(1, 8, 8);

    /// <inheritdoc />
    public override void Define()
    {
        var kubeRouterAffected = this.AffectedVersions(ComponentNames.KubeRouter);
        var kubeletAffected = this.AffectedVersions(KubeletNames.Kubelet);
        var names = IptablesPackages;
        ComponentVersion kubeRouter = null!;
        ClusterInfo cluster = null!;
        HostPackage iptables = null!;
        HostIptablesBackend backend = null!;

        When()
            .Component(() => kubeRouter, ComponentNames.KubeRouter, c => kubeRouterAffected.Contains(c.Version!) && BundlesPre188(c.Version!.Original))
            .Known(() => cluster, ClusterInfo.FactKey, c => c.KubernetesVersion, c => kubeletAffected.Contains(c.KubernetesVersion!))
            .Match(() => iptables, p => Enumerable.Contains(names, p.Name) && p.Version.IsAtLeast(FirstSkewedHost))
            .Match(() => backend, b => b.Backend == IptablesBackend.Nft);
        Then().Do(ctx => ctx.Note("host " + iptables.Name + " " + iptables.Version.Original + " (nft) is newer than kube-router " + kubeRouter.Version!.Original
            + "'s bundled iptables; kubelet " + cluster.KubernetesVersion!.Original + " creates the KUBE-FIREWALL mark rule."));
    }

    /// <summary>True unless the tag names the image's iptables (the k0s variant <c>-iptables1.8.8-0</c>) as 1.8.8 or later.</summary>
    /// <param name="tag">The image tag.</param>
    /// <returns>Whether the image's iptables is older than 1.8.8.</returns>
    internal static bool BundlesPre188(string tag)
    {
        var at = tag.IndexOf("iptables", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return true;
        }

        var rest = tag[(at + "iptables".Length)..];
        var length = 0;
        while (length < rest.Length && (char.IsAsciiDigit(rest[length]) || rest[length] == '.'))
        {
            length++;
        }

        return !Version.TryParse(rest[..length].Trim('.'), out var bundled) || bundled < FirstSkewedIptables;
    }
}
