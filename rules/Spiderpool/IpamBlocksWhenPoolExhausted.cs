using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2518: IPAM allocation blocked when the IPPool's addresses are used up.</summary>
[RuleId("SPIDERPOOL-2518-IPAM-POOL-EXHAUSTED")]
[Title("IPAM allocation blocked when the IPPool's addresses are used up")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("ipam"), Tag("ippool")]
[Description("If spiderpool-agent recorded an allocation in its IPPool but failed to create the SpiderEndpoint and then restarted, the retry found no record of the earlier allocation and, with the pool fully allocated, could not allocate a new address; GC scanAll skipped the address because the pod still existed (#2517, reported for v0.4.0 to v0.8.0-rc). The fix traverses the pool's allocated IPs to find the pod's earlier address once the pool is used up. Backported to release-v0.7 in the bundled pick 'cherrypick 2518, 2514 and 2544 to release-v0.7' (#2549).")]
[Symptom("One pod stays in ContainerCreating without an IP although its IPPool already records an address for it and no SpiderEndpoint exists")]
[Condition("An IPPool whose addresses are all allocated (1:1 pool sizing), and a spiderpool-agent restart during allocation")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.1"), FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.1 or later on the 0.7 line, or to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2518")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2549")]
[Reference("https://github.com/spidernet-io/spiderpool/issues/2517")]
public sealed class IpamBlocksWhenPoolExhausted : SpiderpoolFixRule
{
}
