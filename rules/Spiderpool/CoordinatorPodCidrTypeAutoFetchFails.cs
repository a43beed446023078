using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#2434: SpiderCoordinator podCIDRType auto cannot detect the cluster's pod CIDR.</summary>
[RuleId("SPIDERPOOL-2434-COORDINATOR-PODCIDRTYPE-AUTO")]
[Title("SpiderCoordinator podCIDRType auto cannot detect the cluster's pod CIDR")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator"), Tag("pod-cidr")]
[Description("With podCIDRType=auto the spidercoordinator failed to fetch the cluster's pod CIDR type (Calico, Cilium, cluster), so the coordinator had no pod CIDR for its routes. Not backported to release-v0.7, so every 0.7.x release is affected; fixed in v0.8.0.")]
[Symptom("SpiderCoordinator status NotReady or empty overlayPodCIDR; pods with underlay interfaces cannot reach pods of the default CNI")]
[Condition("spidercoordinator with podCIDRType=auto")]
[Affects(ComponentNames.Spiderpool, "[v0.7.0,v0.8.0)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.8.0 -n kube-system --reuse-values); no fix exists on the affected line.")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/2434")]
public sealed class CoordinatorPodCidrTypeAutoFetchFails : SpiderpoolFixRule
{
}
