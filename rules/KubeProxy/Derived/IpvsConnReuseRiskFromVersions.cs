using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Derives <see cref="IpvsConnReuseRisk"/> from kube-proxy's and the kernel's versions when the sysctl was
/// not read: kube-proxy before 1.22 (1.21.9, 1.20.15) always sets 0; later ones set 0 on kernels before 5.9 and leave the default
/// 1 on 5.9 and later.</summary>
[RuleId("KPROXY-IPVS-CONN-REUSE-VERSIONS"), Title("IPVS connection reuse risk, from kube-proxy and kernel versions"), Derivation, Priority(100)]
public sealed class IpvsConnReuseRiskFromVersions : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion kubeProxy = null!;
        KernelInfo kernel = null!;
        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy)
            .Match(() => kernel)
            .Not<Sysctl>(s => s.Name == IpvsConnReuseRisk.SysctlName && s.AsInteger != null);
        Then().Yield(ctx => ctx.Derived(new IpvsConnReuseRisk(
            IpvsConnReuseRisk.AlwaysSetsZero.Contains(kubeProxy.Version!) || kernel.Version.Upstream < IpvsConnReuseRisk.FixedKernel,
            "sysctl " + IpvsConnReuseRisk.SysctlName + " not read; kube-proxy " + kubeProxy.Version!.Original
            + (IpvsConnReuseRisk.AlwaysSetsZero.Contains(kubeProxy.Version!) ? " (before the #102122 fix) sets it to 0" : (kernel.Version.Upstream < IpvsConnReuseRisk.FixedKernel ? " sets it to 0 on kernel " + kernel.Release + " (older than 5.9)" : " leaves the default 1 on kernel " + kernel.Release + " (5.9 or later)"))
            + "; this rests on the versions")));
    }
}
