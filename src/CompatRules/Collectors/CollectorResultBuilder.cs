using CompatRules.Facts;

namespace CompatRules.Collectors;

/// <summary>Accumulates a collector's facts and statuses.</summary>
internal sealed class CollectorResultBuilder
{
    private readonly List<Fact> _facts = [];
    private readonly List<CollectionStatus> _statuses = [];

    public IReadOnlyList<CollectionStatus> Statuses => _statuses;

    public void Add(Fact fact, string? subject = null)
    {
        _facts.Add(fact);
        _statuses.Add(new CollectionStatus(subject ?? fact.Key, CollectionState.Collected));
    }

    public void AddFactOnly(Fact fact) => _facts.Add(fact);

    public void Status(string subject, CollectionState state, string? reason = null)
        => _statuses.Add(new CollectionStatus(subject, state, reason));

    public CollectorResult Build() => new(_facts, _statuses);
}
