using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derives <see cref="K0sKubeRouterImage"/> from the kube-router image tag, the best evidence: it also sees an
/// image override in the k0s config (<c>spec.images.kuberouter.cni</c>).</summary>
[RuleId("K0S-DERIVE-KUBE-ROUTER-IMAGE-TAG"), Title("k0s kube-router image, from its tag"), Derivation, Priority(100)]
public sealed class K0sKubeRouterImageFromTag : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion kubeRouter = null!;
        When().Component(() => kubeRouter, ComponentNames.KubeRouter);
        Then().Yield(ctx => ctx.Derived(new K0sKubeRouterImage(
            K0sKubeRouterImage.LegacyOnlyTagRange.Contains(kubeRouter.Version!),
            "kube-router image tag " + kubeRouter.Version!.Original + (K0sKubeRouterImage.LegacyOnlyTagRange.Contains(kubeRouter.Version!)
                ? " is the k0s build without the iptables wrapper"
                : " is not the legacy-only build"))));
    }
}
