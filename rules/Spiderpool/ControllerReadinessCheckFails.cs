using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2532: spiderpool-controller readiness health check fails.</summary>
[RuleId("SPIDERPOOL-2532-CONTROLLER-READINESS")]
[Title("spiderpool-controller readiness health check fails")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("controller"), Tag("health-check")]
[Description("The spiderpool-controller readiness probe failed although the controller worked, so the pod never became Ready and its webhook endpoints were withdrawn.")]
[Symptom("spiderpool-controller pod Running but not Ready (readiness probe failed); Spiderpool webhook calls time out")]
[Condition("Any installation (the controller's readiness probe)")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.1"), FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.1 or later on the 0.7 line, or to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2532")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2537")]
public sealed class ControllerReadinessCheckFails : SpiderpoolFixRule
{
}
