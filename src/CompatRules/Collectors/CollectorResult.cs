using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Collectors;

/// <summary>What one collector produced: its facts and a <see cref="CollectionStatus"/> for each thing it tried.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CollectorResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="facts">The facts collected.</param>
    /// <param name="statuses">One status per subject tried.</param>
    public CollectorResult(IEnumerable<Fact> facts, IEnumerable<CollectionStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(statuses);
        Facts = facts.ToImmutableArray();
        Statuses = statuses.ToImmutableArray();
    }

    /// <summary>The facts collected, statuses not included.</summary>
    public ImmutableArray<Fact> Facts { get; }

    /// <summary>One status per subject tried, such as <c>kernel-config: Collected</c>.</summary>
    public ImmutableArray<CollectionStatus> Statuses { get; }

    /// <summary>A result with no facts and the same state for every subject.</summary>
    /// <param name="subjects">The subjects, such as a collector's <see cref="ICollector.Subjects"/>.</param>
    /// <param name="state">The state of each.</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>The result.</returns>
    public static CollectorResult AllSubjects(IEnumerable<string> subjects, CollectionState state, string? reason)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        return new CollectorResult([], subjects.Select(s => new CollectionStatus(s, state, reason)));
    }

    /// <summary>The result of a collector on a host that is not Linux: every subject <see cref="CollectionState.NotLinux"/>.</summary>
    /// <param name="subjects">The collector's subjects.</param>
    /// <returns>The result.</returns>
    public static CollectorResult NotLinux(IEnumerable<string> subjects)
        => AllSubjects(subjects, CollectionState.NotLinux, "the host is not Linux");
}
