using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Collectors.Iptables;

/// <summary>Decides the iptables backend as kubernetes-sigs/iptables-wrappers v3 does (linux-facts §2.5), from
/// netlink and getsockopt observations instead of <c>iptables-save</c> output.</summary>
/// <remarks>Steps: (1) a hint chain in nft <c>ip mangle</c>, (2) in nft <c>ip6 mangle</c> ⇒ nft; (3) a hint chain in
/// any legacy IPv4 table, (4) any legacy IPv6 table ⇒ legacy; (5) otherwise nft. A side that could not be read makes
/// the steps that depend on it unknown, so the result is Unknown unless an earlier readable step decides.</remarks>
internal static class IptablesDecision
{
    public static readonly ImmutableArray<string> HintChains = ["KUBE-IPTABLES-HINT", "KUBE-KUBELET-CANARY"];

    public static IptablesMode Decide(NftObservation nft, LegacyObservation legacy)
    {
        var evidence = ImmutableArray.CreateBuilder<string>();
        var nftHints = nft.Chains
            .Where(c => c.Table == "mangle" && c.Family is NftFamily.Ipv4 or NftFamily.Ipv6 && HintChains.Contains(c.Name))
            .ToList();
        var legacyHints = legacy.Chains.Where(c => HintChains.Contains(c.Name)).ToList();

        Describe(nft, nftHints, evidence);
        Describe(legacy, legacyHints, evidence);
        if (nftHints.Count > 0 && legacyHints.Count > 0)
        {
            evidence.Add("hint chains exist in both backends: the node mixes iptables-nft and iptables-legacy");
        }

        IptablesMode Result(IptablesBackend backend, string path) => new(backend, evidence.ToImmutable(), path);

        if (nftHints.Any(c => c.Family == NftFamily.Ipv4))
        {
            return Result(IptablesBackend.Nft, "iptables-wrappers v3 step 1: hint chain in nft ip mangle");
        }

        if (nftHints.Any(c => c.Family == NftFamily.Ipv6))
        {
            return Result(IptablesBackend.Nft, "iptables-wrappers v3 step 2: hint chain in nft ip6 mangle");
        }

        if (legacyHints.Any(c => !c.Ipv6))
        {
            return Result(IptablesBackend.Legacy, nft.IsKnown
                ? "iptables-wrappers v3 step 3: hint chain in legacy iptables"
                : "iptables-wrappers v3 step 3: hint chain in legacy iptables (nft side unread, steps 1-2 unknown)");
        }

        if (legacyHints.Any(c => c.Ipv6))
        {
            return Result(IptablesBackend.Legacy, nft.IsKnown
                ? "iptables-wrappers v3 step 4: hint chain in legacy ip6tables"
                : "iptables-wrappers v3 step 4: hint chain in legacy ip6tables (nft side unread, steps 1-2 unknown)");
        }

        if (!nft.IsKnown)
        {
            return Result(IptablesBackend.Unknown, $"undecided: nft side {nft.State} and no hint chain in legacy");
        }

        if (!legacy.IsKnown)
        {
            return Result(IptablesBackend.Unknown, $"undecided: no hint chain in nft, legacy side {legacy.State}");
        }

        return Result(IptablesBackend.Nft, "iptables-wrappers v3 step 5: no hint chain anywhere, default nft");
    }

    private static void Describe(NftObservation nft, List<NftChain> hints, ImmutableArray<string>.Builder evidence)
    {
        if (!nft.IsKnown || nft.State != CollectionState.Collected)
        {
            evidence.Add($"nft: {nft.State}{(nft.Reason is null ? string.Empty : $" ({nft.Reason})")}");
            return;
        }

        evidence.Add(nft.Tables.Count == 0
            ? "nft: no tables"
            : $"nft: {nft.Tables.Count} table(s) ({string.Join(", ", nft.Tables.Select(t => $"{NftFamily.Name(t.Family)} {t.Name}"))}), {nft.Chains.Count} chain(s)");
        foreach (var hint in hints)
        {
            evidence.Add($"nft: table {NftFamily.Name(hint.Family)} {hint.Table} has chain {hint.Name}");
        }
    }

    private static void Describe(LegacyObservation legacy, List<LegacyChain> hints, ImmutableArray<string>.Builder evidence)
    {
        if (legacy.State == CollectionState.Absent)
        {
            evidence.Add($"legacy: no ip_tables_names ({legacy.Reason})");
            return;
        }

        evidence.Add($"legacy: ip_tables_names [{string.Join(", ", legacy.Ipv4Tables)}], ip6_tables_names [{string.Join(", ", legacy.Ipv6Tables)}]");
        if (legacy.State != CollectionState.Collected)
        {
            evidence.Add($"legacy chains: {legacy.State}{(legacy.Reason is null ? string.Empty : $" ({legacy.Reason})")}");
        }

        foreach (var hint in hints)
        {
            evidence.Add($"legacy: {(hint.Ipv6 ? "ip6tables" : "iptables")} table {hint.Table} has chain {hint.Name}");
        }
    }
}
