using System.Globalization;
using CompatRules.Dsl;
using CompatRules.Facts;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derives <see cref="NftHost"/> from the OS when no iptables backend was detected: the RHEL 9 family (RHEL,
/// Rocky, Alma, CentOS Stream 9, RHCOS) ships only iptables-nft. Other OSes stay undecided.</summary>
[RuleId("K0S-DERIVE-NFT-HOST-OS"), Title("nftables host, from the OS family"), Derivation, Priority(100)]
public sealed class NftHostFromOsRelease : Rule
{
    /// <inheritdoc />
    protected override void Define()
    {
        OsRelease os = null!;
        When()
            .Match(() => os, o => IsRhel9Family(o))
            .Not<IptablesMode>(m => m.Backend != IptablesBackend.Unknown);
        Then().Yield(ctx => new NftHost(true, "os-release " + os.Id + " " + os.VersionId + " is RHEL 9 family, which ships only iptables-nft; no iptables backend was detected, so this rests on the OS")
        {
            Provenance = new Provenance(SourceKind.Derived, ctx.Rule.Id),
        });
    }

    /// <summary>True for an OS that is, or is like, RHEL with major version 9 or later.</summary>
    internal static bool IsRhel9Family(OsRelease os)
    {
        if (!os.IsLike("rhel") || os.VersionId is null)
        {
            return false;
        }

        var major = os.VersionId.Split('.')[0];
        return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 9;
    }
}
