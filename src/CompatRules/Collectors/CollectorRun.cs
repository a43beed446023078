using CompatRules.Facts;

namespace CompatRules.Collectors;

/// <summary>How one collector's run ended within a <see cref="FactCollection"/>.</summary>
/// <param name="Name">The collector's name.</param>
/// <param name="State"><see cref="CollectionState.Collected"/> when the collector returned,
/// <see cref="CollectionState.NotLinux"/> when it declined a non-Linux host, <see cref="CollectionState.Error"/> when it
/// threw or timed out.</param>
/// <param name="Reason">Why it failed, or null.</param>
/// <param name="Duration">How long it ran (until its timeout when it timed out).</param>
public sealed record CollectorRun(string Name, CollectionState State, string? Reason, TimeSpan Duration);
