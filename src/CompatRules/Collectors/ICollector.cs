namespace CompatRules.Collectors;

/// <summary>Collects one family of facts about the node, such as the kernel or the iptables backend.</summary>
/// <remarks>Implementations never throw for a missing file, a refused system call or a non-Linux host: they return a
/// <see cref="CollectorResult"/> whose statuses say what happened. <see cref="FactCollection"/> still turns an
/// unexpected exception or a timeout into an <see cref="Facts.CollectionState.Error"/> status for every subject.</remarks>
public interface ICollector
{
    /// <summary>The collector's name, such as <c>kernel</c>, as shown in per-collector reports.</summary>
    string Name { get; }

    /// <summary>The fact keys or key prefixes (ending in <c>*</c>) this collector answers for, such as
    /// <c>kernel</c> or <c>sysctl:*</c>; used to report a failure of the whole collector.</summary>
    IReadOnlyList<string> Subjects { get; }

    /// <summary>Collects the facts.</summary>
    /// <param name="context">The options and host root to collect with.</param>
    /// <param name="ct">Cancels the collection.</param>
    /// <returns>The facts and one status per thing tried.</returns>
    Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct);
}
