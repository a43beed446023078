using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2738: coordinator detects gateway reachability and IP conflicts outside the pod's network namespace.</summary>
[RuleId("SPIDERPOOL-2738-COORDINATOR-DETECT-NETNS")]
[Title("coordinator detects gateway reachability and IP conflicts outside the pod's network namespace")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator"), Tag("ip-conflict")]
[Description("The coordinator plugin ran its gateway-reachability and IP-conflict detection without entering the pod's network namespace, so the checks probed from the wrong namespace and could pass or fail wrongly.")]
[Symptom("Pods start with a conflicting IP or an unreachable gateway despite detectGateway/detectIPConflict being on, or pod creation fails with spurious detection errors")]
[Condition("spidercoordinator with detectGateway or detectIPConflict enabled")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.2)"), Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.3)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.2"), FixedIn(ComponentNames.Spiderpool, "v0.8.3"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.2 or later on the 0.7 line, v0.8.3 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2738")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2962")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2797")]
public sealed class GatewayAndIpConflictDetectionOutsidePodNetns : SpiderpoolFixRule
{
}
