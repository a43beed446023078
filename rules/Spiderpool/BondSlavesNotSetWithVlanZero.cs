using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2639: ifacer does not enslave interfaces to the bond when vlanID is 0.</summary>
[RuleId("SPIDERPOOL-2639-IFACER-BOND-VLAN0")]
[Title("ifacer does not enslave interfaces to the bond when vlanID is 0")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("ifacer"), Tag("bond"), Tag("vlan")]
[Description("The ifacer plugin skipped setting the bond's slave interfaces when the SpiderMultusConfig vlanID was 0 (no VLAN), so the bond came up without members.")]
[Symptom("The bond interface created by ifacer has no slaves; pods attached to it have no connectivity")]
[Condition("ifacer used to create a bond with vlanID 0")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.2)"), Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.2"), FixedIn(ComponentNames.Spiderpool, "v0.8.1"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.2 or later on the 0.7 line, v0.8.1 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2639")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2643")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2644")]
public sealed class BondSlavesNotSetWithVlanZero : SpiderpoolFixRule
{
}
