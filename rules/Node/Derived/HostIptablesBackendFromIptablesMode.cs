using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="HostIptablesBackend"/> from a decided <see cref="IptablesMode"/>, the best evidence.</summary>
[RuleId("NODE-HOST-IPTABLES-BACKEND-MODE"), Title("Host iptables backend, from the iptables mode"), Derivation, Priority(100)]
public sealed class HostIptablesBackendFromIptablesMode : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        IptablesMode mode = null!;
        When().Match(() => mode, m => m.Backend != IptablesBackend.Unknown);
        Then().Yield(ctx => ctx.Derived(new HostIptablesBackend(mode.Backend, "iptables mode " + mode.Backend + " (" + mode.DecisionPath + ")")));
    }
}
