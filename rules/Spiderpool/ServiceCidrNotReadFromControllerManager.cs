using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Spiderpool;

/// <summary>Knowledge base G, spidernet-io/spiderpool#3020: SpiderCoordinator cannot find the service CIDR without kubeadm-config.</summary>
[RuleId("SPIDERPOOL-3020-COORDINATOR-SERVICE-CIDR")]
[Title("SpiderCoordinator cannot find the service CIDR without kubeadm-config")]
[Severity(Severity.High)]
[Component(ComponentNames.Spiderpool)]
[Tag("spidercoordinator"), Tag("service-cidr")]
[Description("The spidercoordinator did not fetch the service CIDR from the kube-controller-manager pod's --service-cluster-ip-range, so on clusters without a usable kubeadm-config ConfigMap the coordinator had no service CIDR and could not install the routes that let pods with underlay interfaces reach Services. The source article lists it under 0.9, but v0.9.0 already contains the fix; only 0.8.0–0.8.3 are affected.")]
[Symptom("SpiderCoordinator status NotReady or empty serviceCIDR; pods attached through the coordinator (macvlan/ipvlan/SR-IOV) cannot reach ClusterIP Services")]
[Condition("spidercoordinator in use; the cluster's service CIDR is not readable from kubeadm-config (non-kubeadm or customised control plane)")]
[Affects(ComponentNames.Spiderpool, "[v0.8.0,v0.8.4)")]
[FixedIn(ComponentNames.Spiderpool, "v0.8.4"), FixedIn(ComponentNames.Spiderpool, "v0.9.0")]
[Remediation(1, "Upgrade Spiderpool to v0.8.4 or later on the 0.8 line, or to v0.9.0 or later (helm upgrade spiderpool spiderpool/spiderpool --version 0.9.0 -n kube-system --reuse-values).")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3020")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3023")]
[Reference("https://github.com/spidernet-io/spiderpool/pull/3024")]
public sealed class ServiceCidrNotReadFromControllerManager : SpiderpoolFixRule
{
}
