using System.Linq.Expressions;
using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>
/// A kube-proxy bug confined to one proxy mode and to some kernels: the rule fires when kube-proxy's version lies in
/// the rule's <see cref="AffectsAttribute"/> windows, its <c>mode</c> setting passes <see cref="ModeCondition"/> and the
/// node's kernel passes <see cref="KernelCondition"/>. Both conditions are expressions, so explain prints them as the
/// derived rule writes them. Derive from it and declare the metadata.
/// </summary>
public abstract class KubeProxyModeOnKernelRule : Rule
{
    /// <summary>The proxy mode the bug lives in, such as <c>m =&gt; KubeProxyMode.IsIpvs(m)</c>.</summary>
    protected abstract Expression<Func<ComponentSetting, bool>> ModeCondition { get; }

    /// <summary>The kernels the bug lives on, such as <c>k =&gt; k.Version.Upstream &lt; FirstFixedKernel</c>.</summary>
    protected abstract Expression<Func<KernelInfo, bool>> KernelCondition { get; }

    /// <summary>The note the rule adds when it fires.</summary>
    /// <param name="kubeProxy">The kube-proxy version that matched.</param>
    /// <param name="kernel">The kernel that matched.</param>
    /// <returns>The note.</returns>
    protected abstract string Note(ComponentVersion kubeProxy, KernelInfo kernel);

    /// <summary>Adds patterns after the kernel's (such as a <c>Not</c> for a setting that switches the check off); none by default.</summary>
    /// <param name="when">The left-hand side so far.</param>
    protected virtual void Unless(ILeftHandSideExpression when)
    {
    }

    /// <inheritdoc />
    public sealed override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion kubeProxy = null!;
        ComponentSetting mode = null!;
        KernelInfo kernel = null!;

        var when = When()
            .Component(() => kubeProxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!))
            .Keyed(() => mode, KubeProxyMode.Key, ModeCondition)
            .Match(() => kernel, KernelCondition);
        Unless(when);
        Then().Do(ctx => ctx.Note(Note(kubeProxy, kernel)));
    }
}
