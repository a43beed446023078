using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Versions;
using NRules.Fluent.Dsl;

namespace CompatRules.Benchmarks.Scaling;

/// <summary>
/// The body of every generated rule: variant <c>n</c> is one of four real rule shapes (kube-proxy version + mode,
/// Calico version, Kube-OVN version + setting + absence, kube-proxy version + kernel) with its own version window.
/// <see cref="GeneratedRules"/> emits one subclass per variant, each with its own <c>[RuleId]</c>.
/// </summary>
public class GeneratedRuleTemplate : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var variant = GeneratedRules.VariantOf(GetType());
        var minor = 10 + (variant / 4 % 40);
        var window = VersionRange.Parse($"[1.{minor}.0,1.{minor}.{1 + (variant % 9)})");
        ComponentVersion component = null!;
        ComponentSetting setting = null!;
        KernelInfo kernel = null!;
        switch (variant % 4)
        {
            case 0:
                When()
                    .Component(() => component, ComponentNames.KubeProxy, c => window.Contains(c.Version!))
                    .Keyed(() => setting, ComponentSetting.KeyFor(ComponentNames.KubeProxy, "mode"), s => s.Is("iptables"));
                break;
            case 1:
                When().Component(() => component, ComponentNames.Calico, c => window.Contains(c.Version!));
                break;
            case 2:
                When()
                    .Component(() => component, ComponentNames.KubeOvn, c => window.Contains(c.Version!))
                    .Keyed(() => setting, ComponentSetting.KeyFor(ComponentNames.KubeOvn, "ENABLE_TPROXY"), s => s.IsEnabled)
                    .Not<ComponentSetting>(s => s.Component == ComponentNames.KubeOvn && s.Name == "GODEBUG");
                break;
            default:
                When()
                    .Component(() => component, ComponentNames.KubeProxy, c => window.Contains(c.Version!))
                    .Match(() => kernel, k => k.Version.Upstream < new KernelVersion(3, minor));
                break;
        }

        Then().Do(ctx => ctx.Note("generated variant " + variant));
    }
}
