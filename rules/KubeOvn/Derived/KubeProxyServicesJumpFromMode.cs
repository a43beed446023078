using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Derives <see cref="KubeProxyServicesJump"/> from kube-proxy's <c>mode</c>: iptables and ipvs modes add the
/// jump to nat PREROUTING, nftables mode programs nftables only.</summary>
[RuleId("KOVN-DERIVE-KUBE-PROXY-JUMP-MODE"), Title("kube-proxy nat PREROUTING jump, from the proxy mode"), Derivation, Priority(100)]
public sealed class KubeProxyServicesJumpFromMode : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentSetting mode = null!;
        When().Keyed(() => mode, ComponentSetting.KeyFor(ComponentNames.KubeProxy, "mode"));
        Then().Yield(ctx => ctx.Derived(new KubeProxyServicesJump(!mode.Is("nftables"), "kube-proxy mode '" + mode.Value + "'")));
    }
}
