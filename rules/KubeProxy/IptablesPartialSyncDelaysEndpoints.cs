using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E4: a race in kube-proxy's iptables partial sync adds new endpoints' rules much later.</summary>
[RuleId("KPROXY-IPTABLES-PARTIAL-SYNC")]
[Title("kube-proxy iptables mode: partial-sync race programs new endpoints late")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeProxy)]
[Tag("iptables"), Tag("endpoints"), Tag("race")]
[Description("In iptables mode kube-proxy's partial syncs can race with endpoint changes, so rules for " +
    "new endpoints appear only at a later full sync (#121362). Fixed by #122204 in v1.30.0 and backported: v1.29.2 (#122756), v1.28.7 (#122757), " +
    "v1.27.11 (#122815). The source article's 'below 1.30.0' is too broad: the patched 1.27 to 1.29 releases are not affected.")]
[Symptom("New pods are Ready but get no Service traffic for a long time (until the next full resync); iptables-save lacks their KUBE-SEP chains")]
[Condition("kube-proxy mode is iptables (or unset, which means iptables on Linux)")]
[Affects(ComponentNames.KubeProxy, "[1.27.0,1.27.11)"), Affects(ComponentNames.KubeProxy, "[1.28.0,1.28.7)"), Affects(ComponentNames.KubeProxy, "[1.29.0,1.29.2)")]
[FixedIn(ComponentNames.KubeProxy, "v1.27.11"), FixedIn(ComponentNames.KubeProxy, "v1.28.7"), FixedIn(ComponentNames.KubeProxy, "v1.29.2"), FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
[Remediation(1, "Upgrade kube-proxy to v1.27.11, v1.28.7, v1.29.2, v1.30.0 or later.")]
[Reference("https://github.com/kubernetes/kubernetes/issues/121362")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122204")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122756")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122757")]
[Reference("https://github.com/kubernetes/kubernetes/pull/122815")]
public sealed class IptablesPartialSyncDelaysEndpoints : KubeProxyModeRule
{
    /// <inheritdoc />
    protected override string ModeName => "iptables";
}
