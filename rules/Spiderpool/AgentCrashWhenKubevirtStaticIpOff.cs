using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2971: spiderpool-agent crashes when the KubeVirt static IP feature is off.</summary>
[RuleId("SPIDERPOOL-2971-AGENT-KUBEVIRT-STATIC-IP")]
[Title("spiderpool-agent crashes when the KubeVirt static IP feature is off")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Spiderpool)]
[Tag("kubevirt"), Tag("agent")]
[Description("With the KubeVirt static-IP feature disabled, spiderpool-agent still touched the KubeVirt informer/client and crashed.")]
[Symptom("spiderpool-agent crashes and restarts (CrashLoopBackOff); new pods on the node get no IP while it is down")]
[Condition("ipam.enableKubevirtStaticIP=false (KubeVirt static IP feature off)")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.4)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.4"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.4 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2971")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2987")]
public sealed class AgentCrashWhenKubevirtStaticIpOff : SpiderpoolFixRule
{
}
