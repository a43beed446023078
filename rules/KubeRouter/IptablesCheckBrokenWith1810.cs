using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeRouter;

/// <summary>kube-router v2.1.0–v2.1.2 images ship iptables 1.8.10, whose rule check (<c>iptables -C</c>) misreports
/// kube-router's rules, so its syncs misbehave.</summary>
[RuleId("KUBEROUTER-IPT-1810-CHECK")]
[Title("kube-router v2.1.0–v2.1.2: iptables 1.8.10 in the image breaks its rule checks")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeRouter)]
[Tag("iptables"), Tag("image")]
[Description("kube-router checks for each rule with iptables -C before it inserts it. iptables 1.8.10 (Alpine 3.19 and later) broke -C: it reports " +
    "'Bad rule (does a matching rule exist in that chain?)' for rules that exist, so kube-router inserts them again on every sync and chains such " +
    "as KUBE-ROUTER-INPUT grow without bound until packet processing slows down (kube-router#1676). #1678 (merged 2024-05-27) reverted the image " +
    "to Alpine 3.18 (iptables 1.8.9), and kube-router stayed there until iptables 1.8.11 fixed -C (#1789, #1790). v2.1.2 was out on 2024-05-24, " +
    "before the revert, and #1687 names v2.1.3 as the release with it (the revert dropped ip6tables from the v2.1.3 image, #1686, fixed by #1687 " +
    "afterwards). k0s builds name their iptables in the tag (v2.1.0-iptables1.8.9-0) and are affected only when that is 1.8.10.")]
[Symptom("iptables-save shows the same KUBE-ROUTER-INPUT rules many times over, growing with every sync; ksoftirqd CPU climbs and traffic slows on long-running nodes")]
[Condition("the kube-router image is v2.1.0, v2.1.1 or v2.1.2 with its bundled iptables 1.8.10 (a k0s tag naming another iptables is not)")]
[Affects(ComponentNames.KubeRouter, "[2.1.0,2.1.3)")]
[FixedIn(ComponentNames.KubeRouter, "v2.1.3")]
[Remediation(1, "Upgrade kube-router to v2.1.3 or later; with IPv6, to a release after v2.1.3 that carries #1687 (v2.1.3's image lacks ip6tables).")]
[Remediation(2, "Then remove the duplicated rules (restart kube-router after flushing its chains, or reboot the node).")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1676")]
[Reference("https://github.com/cloudnativelabs/kube-router/pull/1678")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1789")]
[Reference("https://github.com/cloudnativelabs/kube-router/pull/1790")]
[Reference("https://github.com/cloudnativelabs/kube-router/pull/1687")]
public sealed class IptablesCheckBrokenWith1810 : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeRouter);
        ComponentVersion kubeRouter = null!;

        When().Component(() => kubeRouter, ComponentNames.KubeRouter, c => affected.Contains(c.Version!) && ShipsIptables1810(c.Version!.Original));
        Then().Do(ctx => ctx.Note("kube-router " + kubeRouter.Version!.Original + " ships iptables 1.8.10."));
    }

    /// <summary>True unless the tag names the image's iptables (the k0s variant <c>-iptables1.8.9-0</c>) as something other than 1.8.10.</summary>
    /// <param name="tag">The image tag.</param>
    /// <returns>Whether the image's iptables is 1.8.10.</returns>
    internal static bool ShipsIptables1810(string tag)
    {
        var at = tag.IndexOf("iptables", StringComparison.OrdinalIgnoreCase);
        return at < 0 || tag[(at + "iptables".Length)..].StartsWith("1.8.10", StringComparison.Ordinal);
    }
}
