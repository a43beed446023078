using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Derives <see cref="IpvsConnReuseRisk"/> from <c>net.ipv4.vs.conn_reuse_mode</c> as read on the node,
/// the best evidence: it is what kube-proxy (or an administrator) left there.</summary>
[RuleId("KPROXY-IPVS-CONN-REUSE-SYSCTL"), Title("IPVS connection reuse risk, from the sysctl"), Derivation, Priority(100)]
public sealed class IpvsConnReuseRiskFromSysctl : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Sysctl reuse = null!;
        KernelInfo kernel = null!;
        When()
            .Keyed(() => reuse, Sysctl.KeyFor(IpvsConnReuseRisk.SysctlName), s => s.AsInteger != null)
            .Match(() => kernel);
        Then().Yield(ctx => ctx.Derived(new IpvsConnReuseRisk(
            reuse.AsInteger == 0 || kernel.Version.Upstream < IpvsConnReuseRisk.FixedKernel,
            reuse.AsInteger == 0
                ? IpvsConnReuseRisk.SysctlName + "=0: IPVS reuses connections to old real servers, including terminating pods"
                : IpvsConnReuseRisk.SysctlName + "=" + reuse.Value + " on kernel " + kernel.Release
                  + (kernel.Version.Upstream < IpvsConnReuseRisk.FixedKernel ? ", older than 5.9: the first packet of a reused connection is dropped (1 s delay)" : ", 5.9 or later: safe"))));
    }
}
