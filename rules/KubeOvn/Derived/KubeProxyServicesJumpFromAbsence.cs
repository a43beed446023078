using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeOvn;

/// <summary>Derives <see cref="KubeProxyServicesJump"/> as absent when the collector vouches that it saw every
/// component and kube-proxy was not among them (a kube-proxy replacement such as Cilium's).</summary>
[RuleId("KOVN-DERIVE-KUBE-PROXY-JUMP-ABSENT"), Title("kube-proxy nat PREROUTING jump, from kube-proxy's absence"), Derivation, Priority(100)]
public sealed class KubeProxyServicesJumpFromAbsence : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CollectionStatus components = null!;
        When()
            .Keyed(() => components, CollectionStatus.KeyPrefix + ComponentVersion.KeyPrefix + "*", s => s.State == CollectionState.Collected || s.State == CollectionState.Absent)
            .Not<ComponentVersion>(c => c.Component == ComponentNames.KubeProxy)
            .Not<ComponentSetting>(s => s.Component == ComponentNames.KubeProxy && s.Name == "mode");
        Then().Yield(ctx => ctx.Derived(new KubeProxyServicesJump(false, "kube-proxy is not among the collected components")));
    }
}
