using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#3011: IPPool does not inherit SpiderSubnet properties because an orphan IPPool is created first.</summary>
[RuleId("SPIDERPOOL-3011-IPPOOL-INHERIT-ORPHAN")]
[Title("IPPool does not inherit SpiderSubnet properties because an orphan IPPool is created first")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("ippool"), Tag("subnet")]
[Description("When an IPPool was created before its SpiderSubnet owner was attached (an orphan IPPool), it failed to inherit the subnet's properties (gateway, routes, vlan). No backport to release-v0.8 was found, so every 0.8.x release is affected; the fix first shipped in v0.9.0.")]
[Symptom("SpiderIPPool lacks the gateway/routes/vlan of its SpiderSubnet; pods get addresses without the expected gateway or routes")]
[Condition("SpiderSubnet feature with IPPools that inherit subnet properties")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.9.0)")]
[FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values); no fix exists on the affected line.")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3011")]
public sealed class IpPoolInheritFailsWithOrphanPool : SpiderpoolFixRule
{
}
