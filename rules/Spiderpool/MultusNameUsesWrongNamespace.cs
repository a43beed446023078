using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2514: multusName annotation resolves the NetworkAttachmentDefinition in the wrong namespace.</summary>
[RuleId("SPIDERPOOL-2514-MULTUS-NAME-NAMESPACE")]
[Title("multusName annotation resolves the NetworkAttachmentDefinition in the wrong namespace")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("multus"), Tag("annotation")]
[Description("A multusName given as <namespace>/<name> (or implied by the pod's namespace) was looked up in the wrong namespace, so Spiderpool used or failed to find the wrong net-attach-def. Backported to release-v0.7 in the bundled pick #2549.")]
[Symptom("Pods with a multus network annotation fail with 'net-attach-def not found' or get the network of another namespace's NetworkAttachmentDefinition")]
[Condition("Pods that name a Multus network (multusName / k8s.v1.cni.cncf.io/networks) in another namespace")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.7.1)")]
[FixedIn(ComponentNames.Spiderpool, "v0.7.1"), FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.7.1 or later on the 0.7 line, or to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2514")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2549")]
public sealed class MultusNameUsesWrongNamespace : SpiderpoolFixRule
{
}
