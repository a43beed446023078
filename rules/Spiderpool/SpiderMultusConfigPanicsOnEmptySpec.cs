using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2444: spiderpool-controller panics on a SpiderMultusConfig with an empty spec.</summary>
[RuleId("SPIDERPOOL-2444-MULTUSCONFIG-EMPTY-SPEC-PANIC")]
[Title("spiderpool-controller panics on a SpiderMultusConfig with an empty spec")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidermultusconfig"), Tag("webhook")]
[Description("A SpiderMultusConfig whose spec was empty made the controller/webhook dereference nil and panic. Not backported to release-v0.7, so every 0.7.x release is affected; fixed in v0.8.0.")]
[Symptom("spiderpool-controller panics after a SpiderMultusConfig with an empty spec is applied")]
[Condition("A SpiderMultusConfig with an empty spec exists or is applied")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.8.0)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values); no fix exists on the affected line.")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2444")]
public sealed class SpiderMultusConfigPanicsOnEmptySpec : SpiderpoolFixRule
{
}
