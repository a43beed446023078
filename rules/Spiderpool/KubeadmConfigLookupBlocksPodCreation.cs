using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#3211: Pods cannot be created because obtaining kubeadm-config fails.</summary>
[RuleId("SPIDERPOOL-3211-KUBEADM-CONFIG-LOOKUP")]
[Title("Pods cannot be created because obtaining kubeadm-config fails")]
[Severity(Severity.Critical)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator"), Tag("kubeadm")]
[Description("The logic that reads the kubeadm-config ConfigMap to learn the cluster's CIDRs failed on clusters where it is missing or differently shaped, and the failure blocked IP allocation so Pods could not be created. The fix was made directly on release-v0.9 (v0.9.2); main was reworked separately for v1.0.0.")]
[Symptom("Pods stay in ContainerCreating; spiderpool-agent/controller log errors about getting kubeadm-config")]
[Condition("spidercoordinator in use on a cluster whose kubeadm-config ConfigMap is absent or not in the expected form")]
[Affects(ComponentNames.Spiderpool, "[v0.9.0,v0.9.2)")]
[FixedIn(ComponentNames.Spiderpool, "v0.9.2"), FixedIn(ComponentNames.Spiderpool, "v1.0.0")]
[Remediation(1, "Upgrade Spiderpool to v0.9.2 or later on the 0.9 line, or to v1.0.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 1.0.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3211")]
public sealed class KubeadmConfigLookupBlocksPodCreation : SpiderpoolFixRule
{
}
