using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2370: GetTopController picks the wrong top controller for pods of third-party controllers.</summary>
[RuleId("SPIDERPOOL-2370-GET-TOP-CONTROLLER")]
[Title("GetTopController picks the wrong top controller for pods of third-party controllers")]
[Severity(Severity.Medium)]
[Component(ComponentNames.Spiderpool)]
[Tag("ipam"), Tag("controller-owner")]
[Description("GetTopController mishandled pods whose owner chain mixes third-party and native controllers (RedisCluster -> StatefulSet -> Pod, #2349): with SpiderSubnet auto-pool annotations such pods did not come up. The fix treats a third-party controller that owns the pod directly as its top controller, and a native controller such as a StatefulSet under a third-party one as the top controller. Backported to release-v0.7 (#2380) and release-v0.6 (#2379), but no v0.6.x release was tagged after the backport, so all 0.6.x releases lack it (the 0.6 window is inferred from that backport).")]
[Symptom("Pods of a third-party controller that owns a StatefulSet (e.g. RedisCluster) with SpiderSubnet auto-pool annotations stay in ContainerCreating without an IP")]
[Condition("SpiderSubnet auto-pool annotations on workloads managed by third-party controllers")]
[Affects(ComponentNames.Spiderpool, "[v0.6.0,v0.7.0)"), Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.1"), FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.1 or later on the 0.7 line, or to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2370")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2380")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2379")]
[Reference("https://github.com/spidernet-io/spiderpool/issues/2349")]
public sealed class TopControllerLookupFails : SpiderpoolFixRule
{
}
