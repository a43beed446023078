using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2756: spiderpool-init creates Multus resources although Multus is disabled.</summary>
[RuleId("SPIDERPOOL-2756-INIT-POD-MULTUS-DISABLED")]
[Title("spiderpool-init creates Multus resources although Multus is disabled")]
[Severity(Severity.Low)]
[Component(ComponentNames.Spiderpool)]
[Tag("install"), Tag("multus")]
[Description("The spiderpool-init pod initialised the Multus CR for the default CNI even when the chart disabled Multus (multus.multusCNI.install=false). The backport to release-v0.8 is a manual pick inside #2797.")]
[Symptom("spiderpool-init creates a Multus CR for the default CNI although Multus was disabled at install time")]
[Condition("Spiderpool installed with Multus disabled (multus.multusCNI.install=false)")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.3)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.3"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.3 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2756")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2797")]
public sealed class MultusConfigInitWhenMultusDisabled : SpiderpoolFixRule
{
}
