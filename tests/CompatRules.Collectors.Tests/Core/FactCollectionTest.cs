using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Core;

public class FactCollectionTest
{
    [Fact]
    public async Task CollectAsync_CollectorThrows_GivesErrorStatusesAndKeepsOthers()
    {
        var result = await FactCollection.CollectAsync([new ThrowingCollector(), new FixedCollector()], new CollectorOptions(), CancellationToken.None);

        var failed = result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == "thrown");
        Assert.Equal(CollectionState.Error, failed.State);
        Assert.Equal("collector throwing InvalidOperationException: boom", failed.Reason);
        Assert.Equal("1", result.Facts.OfType<Sysctl>().Single().Value);
        Assert.Equal([CollectionState.Error, CollectionState.Collected], result.Runs.Select(r => r.State));
        Assert.Equal("InvalidOperationException: boom", result.Runs[0].Reason);
    }

    [Fact]
    public async Task CollectAsync_CollectorNeverFinishes_GivesTimeoutError()
    {
        var options = new CollectorOptions();
        options.CollectorTimeouts["hanging"] = TimeSpan.FromMilliseconds(50);

        var result = await FactCollection.CollectAsync([new HangingCollector(), new FixedCollector()], options, CancellationToken.None);

        var status = result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == "hung");
        Assert.Equal(CollectionState.Error, status.State);
        Assert.Equal("collector hanging timed out after 0.05 s", status.Reason);
        Assert.Equal(CollectionState.Collected, result.Runs[1].State);
    }

    [Fact]
    public async Task CollectAsync_Statuses_FollowTheFacts()
    {
        var result = await FactCollection.CollectAsync([new FixedCollector()], new CollectorOptions(), CancellationToken.None);

        Assert.Equal(["sysctl:x", "status:sysctl:x"], result.Facts.Select(f => f.Key));
    }

    [Fact]
    public async Task CollectAsync_CallerCancels_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FactCollection.CollectAsync([new HangingCollector()], new CollectorOptions(), cts.Token));
    }

    private sealed class ThrowingCollector : ICollector
    {
        public string Name => "throwing";

        public IReadOnlyList<string> Subjects => ["thrown"];

        public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => throw new InvalidOperationException("boom");
    }

    private sealed class HangingCollector : ICollector
    {
        public string Name => "hanging";

        public IReadOnlyList<string> Subjects => ["hung"];

        public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => new TaskCompletionSource<CollectorResult>().Task;
    }

    private sealed class FixedCollector : ICollector
    {
        public string Name => "fixed";

        public IReadOnlyList<string> Subjects => ["sysctl:x"];

        public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct)
            => Task.FromResult(new CollectorResult([new Sysctl("x", "1")], [new CollectionStatus("sysctl:x", CollectionState.Collected)]));
    }
}
