using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derives <see cref="NftHost"/> from the detected iptables backend, the best evidence.</summary>
[RuleId("K0S-DERIVE-NFT-HOST-IPTABLES"), Title("nftables host, from the detected iptables backend"), Derivation, Priority(100)]
public sealed class NftHostFromIptablesMode : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        IptablesMode mode = null!;
        When().Match(() => mode, m => m.Backend != IptablesBackend.Unknown);
        Then().Yield(ctx => new NftHost(mode.Backend == IptablesBackend.Nft, "iptables backend detected as " + mode.Backend + " (" + mode.DecisionPath + ")")
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }
}
