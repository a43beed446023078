using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derives <see cref="K0sKubeRouterImage"/> from the k0s release when kube-router runs but its image tag could
/// not be read (a digest-pinned image): weaker evidence, since an image override would not show.</summary>
[RuleId("K0S-DERIVE-KUBE-ROUTER-IMAGE-RELEASE"), Title("k0s kube-router image, from the k0s release"), Derivation, Priority(100)]
public sealed class K0sKubeRouterImageFromRelease : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ComponentVersion k0s = null!;
        ComponentVersion kubeRouter = null!;
        When()
            .Component(() => k0s, ComponentNames.K0s)
            .Match(() => kubeRouter, c => c.Component == ComponentNames.KubeRouter && c.Version == null);
        Then().Yield(ctx => ctx.Derived(new K0sKubeRouterImage(
            K0sKubeRouterImage.AffectedK0sReleaseRange.Contains(k0s.Version!),
            "kube-router image tag not readable; k0s " + k0s.Version!.Original + (K0sKubeRouterImage.AffectedK0sReleaseRange.Contains(k0s.Version!)
                ? " bundles v2.2.1-iptables1.8.9-0 by default"
                : " does not bundle the legacy-only image") + ", so this rests on the k0s release")));
    }
}
