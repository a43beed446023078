using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Collectors;

/// <summary>The result of <see cref="FactCollection.CollectAsync"/>: the facts and how each collector ran.</summary>
/// <param name="Facts">Every collected fact followed by every <see cref="CollectionStatus"/>.</param>
/// <param name="Runs">One entry per collector, in the order given.</param>
public sealed record FactCollectionResult(FactSet Facts, ImmutableArray<CollectorRun> Runs);
