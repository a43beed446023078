using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Knowledge base E2: kube-proxy 1.16 and later add <c>--random-fully</c> to its MASQUERADE rules, which
/// kernels before 3.13 do not honour, so SNAT source-port races stay.</summary>
[RuleId("KPROXY-RANDOM-FULLY-OLD-KERNEL")]
[Title("kube-proxy MASQUERADE --random-fully has no effect on kernels before 3.13: SNAT port races")]
[Severity(Severity.Medium)]
[Component(ComponentNames.KubeProxy)]
[Tag("iptables"), Tag("snat"), Tag("kernel")]
[Description("Since 1.16 (#78547) kube-proxy adds --random-fully to its MASQUERADE rules when its iptables is 1.6.2 or later, to avoid " +
    "source-port collisions between concurrent SNATed connections. Fully random port selection needs kernel 3.13 or later (iptables-extensions(8); " +
    "Calico detects it from 3.14). On older kernels, such as the 3.10 of RHEL/CentOS 7, the flag does not take effect, conntrack insert races remain " +
    "and connections see ~1 s delays or drops (the delay is from the source article only). Distribution kernels may backport the feature; this rule " +
    "reads the upstream version. There is no kube-proxy fix: only the kernel helps.")]
[Symptom("Sporadic ~1 s connection delays or SYN drops on SNATed (masqueraded) connections; conntrack -S shows insert_failed growing")]
[Condition("kube-proxy 1.16 or later whose image ships iptables 1.6.2 or later (every official image since 1.16); the image's iptables version is not checked")]
[Condition("kernel older than 3.13")]
[Affects(ComponentNames.KubeProxy, "[1.16.0,)")]
[Affects("kernel", "(,3.13)")]
[FixedIn("kernel", "3.13")]
[Remediation(1, "Upgrade the node kernel to 3.13 or later (for RHEL/CentOS 7 nodes: move to RHEL 8+ or a mainline/ELRepo kernel).")]
[Reference("https://github.com/kubernetes/kubernetes/pull/78547")]
public sealed class RandomFullyIneffectiveOnOldKernel : Rule
{
    private static readonly KernelVersion FirstFullyRandomKernel = new(3, 13);

    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        KernelInfo kernel = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Match(() => kernel, k => k.Version.Upstream < FirstFullyRandomKernel);
        Then().Do(ctx => ctx.Note("kernel " + kernel.Release + " is older than 3.13; kube-proxy " + kubeProxy.Version!.Original + " uses --random-fully."));
    }
}
