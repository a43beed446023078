using System.Collections.Immutable;
using System.Diagnostics;
using CompatRules.Facts;

namespace CompatRules.Collectors;

/// <summary>Runs collectors concurrently, each under its own timeout, and gathers their facts into one set.</summary>
public static class FactCollection
{
    /// <summary>Runs <paramref name="collectors"/> concurrently and returns their facts and statuses.</summary>
    /// <remarks>A collector that throws or exceeds its timeout does not stop the others: each of its subjects gets an
    /// <see cref="CollectionState.Error"/> status with the reason. A timed-out collector is abandoned, not awaited.</remarks>
    /// <param name="collectors">The collectors, such as <see cref="DefaultCollectors.Create"/> returns.</param>
    /// <param name="options">The collector options.</param>
    /// <param name="ct">Cancels the whole collection.</param>
    /// <returns>The fact set (statuses included) and one run per collector.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    /// <exception cref="ArgumentException">The options' host root is not an absolute path, does not exist or is not a
    /// directory, or a sysctl name is not a dotted name.</exception>
    public static async Task<FactCollectionResult> CollectAsync(IEnumerable<ICollector> collectors, CollectorOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(collectors);
        ArgumentNullException.ThrowIfNull(options);
        var context = new CollectorContext(options);
        context.HostRoot.EnsureIsDirectory();
        return await CollectInContextAsync(collectors, context, ct).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="collectors"/> with a prepared context (tests set its seams).</summary>
    internal static async Task<FactCollectionResult> CollectInContextAsync(IEnumerable<ICollector> collectors, CollectorContext context, CancellationToken ct)
    {
        var options = context.Options;
        var list = collectors.ToList();
        var outcomes = await Task.WhenAll(list.Select(c => RunAsync(c, context, options.TimeoutFor(c.Name), ct))).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();

        var facts = outcomes.SelectMany(o => o.Result.Facts)
            .Concat(outcomes.SelectMany(o => o.Result.Statuses));
        return new FactCollectionResult(FactSet.Create(facts), outcomes.Select(o => o.Run).ToImmutableArray());
    }

    private static async Task<(CollectorResult Result, CollectorRun Run)> RunAsync(ICollector collector, CollectorContext context, TimeSpan timeout, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);
        var work = Task.Run(() => collector.CollectAsync(context, timeoutSource.Token), CancellationToken.None);
        var deadline = Task.Delay(Timeout.InfiniteTimeSpan, timeoutSource.Token);
        await Task.WhenAny(work, deadline).ConfigureAwait(false);

        string? failure = null;
        CollectorResult? result = null;
        if (work.IsCompletedSuccessfully)
        {
            result = work.Result;
        }
        else if (!work.IsCompleted || work.IsCanceled)
        {
            _ = work.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            failure = ct.IsCancellationRequested ? "cancelled" : $"timed out after {timeout.TotalSeconds:0.###} s";
        }
        else
        {
            var exception = work.Exception!.GetBaseException();
            failure = $"{exception.GetType().Name}: {exception.Message}";
        }

        stopwatch.Stop();
        if (result is null)
        {
            return (CollectorResult.AllSubjects(collector.Subjects, CollectionState.Error, $"collector {collector.Name} {failure}"),
                new CollectorRun(collector.Name, CollectionState.Error, failure, stopwatch.Elapsed));
        }

        var state = result.Statuses.Length > 0 && result.Statuses.All(s => s.State == CollectionState.NotLinux)
            ? CollectionState.NotLinux
            : CollectionState.Collected;
        return (result, new CollectorRun(collector.Name, state, null, stopwatch.Elapsed));
    }
}
