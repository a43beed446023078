using CompatRules.Facts;

namespace CompatRules.Collectors.Iptables;

/// <summary>What the nf_tables side showed. <see cref="CollectionState.Unsupported"/> and
/// <see cref="CollectionState.Absent"/> mean no nf_tables, so no hint chains; other non-collected states mean unknown.</summary>
internal sealed record NftObservation(CollectionState State, string? Reason, IReadOnlyList<NftTable> Tables, IReadOnlyList<NftChain> Chains)
{
    public bool IsKnown => State is CollectionState.Collected or CollectionState.Unsupported or CollectionState.Absent;
}
