using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2929: SpiderCoordinator status stays Synced although errors occur.</summary>
[RuleId("SPIDERPOOL-2929-COORDINATOR-STATUS")]
[Title("SpiderCoordinator status stays Synced although errors occur")]
[Severity(Severity.Low)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator")]
[Description("The spidercoordinator controller did not set the SpiderCoordinator status to NotReady when it hit an error (for example while detecting the cluster or service CIDR), so the status kept reporting a healthy phase and hid the failure. The source article lists it under 0.9, but v0.9.0 already contains the fix; only 0.8.0–0.8.3 are affected.")]
[Symptom("kubectl get spidercoordinator shows a Synced/ready phase while spiderpool-controller logs errors; coordinator-based routing is silently wrong or stale")]
[Condition("spidercoordinator in use (the default coordinator CR 'default')")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.4)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.4"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.4 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2929")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2944")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2945")]
public sealed class CoordinatorNotReadyOnError : SpiderpoolFixRule
{
}
