using CompatRules.Dsl;
using CompatRules.Facts;
using CompatRules.Reports;
using NRules.Fluent.Dsl;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>kube-proxy rule of high severity.</summary>
[RuleId("TEST-PROXY-OLD")]
[Title("kube-proxy leaks conntrack entries")]
[Severity(Severity.High)]
[Component(ComponentNames.KubeProxy)]
[Affects(ComponentNames.KubeProxy, "[1.28.0,1.30.0)")]
[FixedIn(ComponentNames.KubeProxy, "v1.30.0")]
public sealed class TestProxyOldRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        var affected = this.AffectedVersions(ComponentNames.KubeProxy);
        ComponentVersion proxy = null!;
        When().Component(() => proxy, ComponentNames.KubeProxy, c => affected.Contains(c.Version!));
        Then().Report();
    }
}
