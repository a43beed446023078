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
[Description("kube-router checks for its rules with iptables -C before adding them. The v2.1.0 to v2.1.2 images ship iptables 1.8.10, whose check " +
    "misreports some of kube-router's rules (kube-router#1676), so its network policy and service syncs misbehave. The audit places the breakage " +
    "in v2.1.0 to v2.1.2 (#1676, #1678, #1789, #1790), so v2.1.3 is taken as the first fixed release; the details of #1678, #1789 and #1790 are " +
    "not re-checked here. k0s builds name their iptables in the tag (v2.1.0-iptables1.8.9-0) and are affected only when that is 1.8.10.")]
[Symptom("After upgrading kube-router to v2.1.x its syncs log iptables errors or keep re-adding rules, and network policies or Services misbehave")]
[Condition("the kube-router image is v2.1.0, v2.1.1 or v2.1.2 with its bundled iptables 1.8.10 (a k0s tag naming another iptables is not)")]
[Affects(ComponentNames.KubeRouter, "[2.1.0,2.1.3)")]
[FixedIn(ComponentNames.KubeRouter, "v2.1.3")]
[Remediation(1, "Upgrade kube-router to v2.1.3 or later.")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1676")]
[Reference("https://github.com/cloudnativelabs/kube-router/pull/1678")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1789")]
[Reference("https://github.com/cloudnativelabs/kube-router/issues/1790")]
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
