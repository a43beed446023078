using CompatRules.Dsl;
using CompatRules.Facts;
using NRules.Fluent.Dsl;

namespace CompatRules.BuiltIn.Node;

/// <summary>Derives <see cref="HostIptablesBackend"/> = nft from an operating system that ships only the nf_tables
/// backend, when no decided <see cref="IptablesMode"/> exists.</summary>
/// <remarks>Weaker evidence: it says what the host's own iptables is, not what is programmed. Operating systems
/// that ship both backends (Debian 10+, Ubuntu 20.04+) decide nothing here.</remarks>
[RuleId("NODE-HOST-IPTABLES-BACKEND-OS"), Title("Host iptables backend, from an nft-only operating system"), Derivation, Priority(100)]
public sealed class HostIptablesBackendFromOs : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        OsRelease os = null!;
        When()
            .Match(() => os, o => HostIptablesBackendOsPolicy.Matches(o))
            .Not<IptablesMode>(m => m.Backend != IptablesBackend.Unknown);
        Then().Yield(ctx => ctx.Derived(new HostIptablesBackend(IptablesBackend.Nft, HostIptablesBackendOsPolicy.Describe(os) + " ships only iptables-nft; no decided iptables mode, so this rests on the OS")));
    }
}
