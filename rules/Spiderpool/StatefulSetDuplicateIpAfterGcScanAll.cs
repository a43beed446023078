using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2538: StatefulSet pods get duplicate IPs because the GC scanAll releases addresses in use.</summary>
[RuleId("SPIDERPOOL-2538-STATEFULSET-DUPLICATE-IP")]
[Title("StatefulSet pods get duplicate IPs because the GC scanAll releases addresses in use")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Spiderpool)]
[Tag("statefulset"), Tag("gc"), Tag("ipam")]
[Description("The IP garbage collector's scanAll wrongly treated a restarting StatefulSet pod's address as leaked and released it, so the address could be handed to another pod (commit 'fix duplicate IP addr issue because of wrong GC scanAll'). The PR was made against release-v0.7 (v0.7.1); the faulty code is not present in v0.8.0.")]
[Symptom("Two pods share one IP address; intermittent connection resets and ARP flapping after StatefulSet pods restart")]
[Condition("StatefulSet pods with fixed IPs and the IP GC enabled")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.1")]
[Remediation(1, "Upgrade Spiderpool to v0.7.1 or later; every 0.8.x and later release is free of the faulty code (helm upgrade spiderpool spiderpool/spiderpool --version 0.7.1 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2538")]
public sealed class StatefulSetDuplicateIpAfterGcScanAll : SpiderpoolFixRule
{
}
