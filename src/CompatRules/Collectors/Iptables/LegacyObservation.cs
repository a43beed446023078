using CompatRules.Facts;

namespace CompatRules.Collectors.Iptables;

/// <summary>What the legacy x_tables side showed: the listed tables and their user chains.
/// <see cref="CollectionState.Absent"/> (no <c>ip_tables_names</c>) means no legacy tables.</summary>
internal sealed record LegacyObservation(
    CollectionState State,
    string? Reason,
    IReadOnlyList<string> Ipv4Tables,
    IReadOnlyList<string> Ipv6Tables,
    IReadOnlyList<LegacyChain> Chains)
{
    public bool IsKnown => State is CollectionState.Collected or CollectionState.Absent;
}
