using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Knowledge base F3: calico-kube-controllers' node controller lets its pod cache go out of sync and
/// leaks memory before v3.26.0 (backported to v3.24.6 and v3.25.1).</summary>
[RuleId("CALICO-KUBE-CONTROLLERS-NODE-LEAK")]
[Title("calico-kube-controllers leaks memory in its node controller (before v3.24.6 / v3.25.1 / v3.26.0)")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Calico)]
[Tag("kube-controllers"), Tag("memory-leak")]
[Description("The node controller of calico-kube-controllers (which garbage-collects IPAM for deleted nodes and pods) kept a pod cache that went out " +
    "of sync with the API server, so its memory grew over time, worst in clusters with much pod churn. Fixed by #7433 'kube-controllers/node: Use " +
    "pod/node indexes' in v3.26.0 (release notes) and backported: #7503 is in the v3.25.1 release notes and #7540 in v3.24.6's. The 3.23 " +
    "pick (#7541) was never tagged, so every 3.23.x and older stays affected. The calico-kube-controllers version is taken to be the Calico version.")]
[Symptom("calico-kube-controllers memory grows steadily until it is OOM-killed or restarted")]
[Condition("calico-kube-controllers runs its node controller (the default)")]
[Affects(ComponentNames.Calico, "(,3.24.6)"), Affects(ComponentNames.Calico, "[3.25.0,3.25.1)")]
[FixedIn(ComponentNames.Calico, "v3.24.6"), FixedIn(ComponentNames.Calico, "v3.25.1"), FixedIn(ComponentNames.Calico, "v3.26.0")]
[Remediation(1, "Upgrade Calico (calico-kube-controllers) to v3.24.6+ on the 3.24 line, v3.25.1+ on the 3.25 line, or v3.26.0 or later.")]
[Remediation(2, "Until then, restart calico-kube-controllers when its memory grows (kubectl -n calico-system rollout restart deploy/calico-kube-controllers, or -n kube-system for manifest installs); freeing memory this way is inferred, not confirmed upstream.")]
[Reference("https://github.com/projectcalico/calico/pull/7433")]
[Reference("https://github.com/projectcalico/calico/pull/7503")]
[Reference("https://github.com/projectcalico/calico/pull/7540")]
public sealed class KubeControllersNodeCacheLeak : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.Calico);
        ComponentVersion calico = null!;

        When().Component(() => calico, ComponentNames.Calico, c => affected.Contains(c.Version!));
        Then().Do(ctx => ctx.Note("Calico " + calico.Version!.Original + " predates the node controller fix (v3.24.6, v3.25.1, v3.26.0)."));
    }
}
