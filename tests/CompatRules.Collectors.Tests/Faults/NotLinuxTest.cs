using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>On a host that is not Linux (simulated through the context's IsLinux seam) every built-in collector returns
/// NotLinux for each of its subjects and no fact, before touching a file or making a system call.</summary>
public sealed class NotLinuxTest : IDisposable
{
    private readonly FaultTree _tree = new();

    public static TheoryData<string> CollectorNames() => new(DefaultCollectors.Create(new CollectorOptions()).Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CollectorNames))]
    public async Task CollectAsync_NotLinux_EverySubjectNotLinuxAndNoFacts(string name)
    {
        var collector = DefaultCollectors.Create(new CollectorOptions()).Single(c => c.Name == name);
        var asked = 0;
        var context = new CollectorContext(new CollectorOptions { HostRoot = _tree.Root }) { IsLinux = () => ++asked < 0 };

        var result = await collector.CollectAsync(context, CancellationToken.None);

        Assert.Equal(1, asked);
        Assert.Empty(result.Facts);
        Assert.Equal(collector.Subjects.Select(s => new CollectionStatus(s, CollectionState.NotLinux, "the host is not Linux")), result.Statuses);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tree.Root));
    }

    public void Dispose() => _tree.Dispose();
}
