using CompatRules.Collectors.Files;

namespace CompatRules.Collectors;

/// <summary>The invariants every built-in collector keeps, in one place: the context is checked, the host is asked
/// once whether it is Linux before any file read or P/Invoke (otherwise every subject is
/// <see cref="Facts.CollectionState.NotLinux"/>), and the body gets a fresh builder and the only file readers it may
/// use: the confined, non-blocking one for the host root and the one for this process's own files.</summary>
internal static class CollectorPreamble
{
    /// <summary>Runs <paramref name="body"/> for <paramref name="collector"/> under the invariants.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static Task<CollectorResult> Run(ICollector collector, CollectorContext context, CancellationToken ct, Func<CollectorScope, CancellationToken, CollectorResult> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsLinux())
        {
            return Task.FromResult(CollectorResult.NotLinux(collector.Subjects));
        }

        ct.ThrowIfCancellationRequested();
        var scope = new CollectorScope(
            context,
            new CollectorResultBuilder(),
            new HostFileReader(context.HostRoot, context.Options.MaxFileBytes),
            new HostFileReader(context.Self, context.Options.MaxFileBytes));
        return Task.FromResult(body(scope, ct));
    }
}

/// <summary>What a collector body works with (<see cref="CollectorPreamble"/>).</summary>
/// <param name="Context">The options and host root.</param>
/// <param name="Builder">Accumulates the facts and statuses.</param>
/// <param name="Host">Reads the node's files, confined to the host root.</param>
/// <param name="Self">Reads this process's own files (<see cref="CollectorContext.Self"/>).</param>
internal sealed record CollectorScope(CollectorContext Context, CollectorResultBuilder Builder, HostFileReader Host, HostFileReader Self);
