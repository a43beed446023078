using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2974: Helm chart ignores multus.multusCNI.uninstall.</summary>
[RuleId("SPIDERPOOL-2974-CHART-MULTUS-UNINSTALL")]
[Title("Helm chart ignores multus.multusCNI.uninstall")]
[Severity(Severity.Low)]
[Component(ComponentNames.Spiderpool)]
[Tag("helm"), Tag("multus")]
[Description("The Spiderpool chart's Values.multus.multusCNI.uninstall did not take effect, so uninstalling Spiderpool left Multus configuration and binaries on the nodes. The source article lists it under 0.9, but v0.9.0 already contains the fix; only 0.8.0–0.8.3 are affected.")]
[Symptom("After helm uninstall with multus.multusCNI.uninstall=true, Multus CNI config and binaries remain in /etc/cni/net.d and /opt/cni/bin")]
[Condition("Spiderpool installed by its Helm chart with the bundled Multus (multus.multusCNI.install=true) and later uninstalled")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.4)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.4"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.4 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2974")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2985")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2986")]
public sealed class MultusUninstallValueIgnored : SpiderpoolFixRule
{
}
