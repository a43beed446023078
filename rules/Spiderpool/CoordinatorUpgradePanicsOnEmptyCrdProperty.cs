using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#3118: spiderpool-controller panics after upgrade when a SpiderCoordinator CRD property is empty.</summary>
[RuleId("SPIDERPOOL-3118-COORDINATOR-UPGRADE-PANIC")]
[Title("spiderpool-controller panics after upgrade when a SpiderCoordinator CRD property is empty")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator"), Tag("upgrade")]
[Description("After upgrading, an existing SpiderCoordinator object lacks properties the new CRD version added; the coordinator code dereferenced the empty property and spiderpool-controller panicked.")]
[Symptom("spiderpool-controller in CrashLoopBackOff after a Spiderpool upgrade (panic in the spidercoordinator code)")]
[Condition("Spiderpool upgraded from an earlier release with an existing SpiderCoordinator")]
[Affects(ComponentNames.Spiderpool, "[v0.9.0,v0.9.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.9.1"), FixedIn(ComponentNames.Spiderpool, "v1.0.0")]
[Remediation(1, "Upgrade Spiderpool to v0.9.1 or later on the 0.9 line, or to v1.0.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 1.0.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3118")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3127")]
public sealed class CoordinatorUpgradePanicsOnEmptyCrdProperty : SpiderpoolFixRule
{
}
