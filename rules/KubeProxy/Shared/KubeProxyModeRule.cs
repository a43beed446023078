using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>
/// A kube-proxy bug confined to one proxy mode: the rule fires when kube-proxy's version lies in the rule's
/// <see cref="AffectsAttribute"/> windows and its <c>mode</c> setting is <see cref="ModeName"/>. Derive from it and
/// declare the metadata and the mode.
/// </summary>
public abstract class KubeProxyModeRule : Rule
{
    /// <summary>The proxy mode the bug lives in, as the <c>mode</c> setting spells it: <c>iptables</c>, <c>ipvs</c> or <c>nftables</c>.</summary>
    protected abstract string ModeName { get; }

    /// <summary>True when <paramref name="mode"/> selects <see cref="ModeName"/>; an empty mode is iptables, as on Linux.</summary>
    /// <param name="mode">kube-proxy's mode setting.</param>
    /// <returns>Whether kube-proxy runs in the rule's mode.</returns>
    protected bool IsInMode(ComponentSetting mode)
        => ModeName == "iptables" ? KubeProxyMode.IsIptables(mode) : mode.Is(ModeName);

    /// <summary>The note the rule adds when it fires; override to point at what the rule cannot see.</summary>
    /// <param name="kubeProxy">The kube-proxy version that matched.</param>
    /// <returns>The note.</returns>
    protected virtual string Note(ComponentVersion kubeProxy) => "kube-proxy " + kubeProxy.Version!.Original + " in " + ModeName + " mode.";

    /// <inheritdoc />
    public sealed override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;

        When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, m => IsInMode(m));
        Then().Do(ctx => ctx.Note(Note(kubeProxy)));
    }
}
