using System.Diagnostics;
using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Safety;

/// <summary>A FIFO at every file a collector opens is refused before it is opened, so nothing blocks: 100 full
/// collections over such a tree end with no timeout and no thread left behind (issue 14, defect 5). The old reader
/// blocked a thread per FIFO per collection and, once the pool was full, timed out collectors that read no file.</summary>
[Collection(AloneCollection.Name)]
public sealed class FifoTreeTest : IDisposable
{
    private readonly FaultTree _tree = new();

    [LinuxFact]
    public async Task CollectAsync_HundredTimesOverFifos_NoTimeoutAndFlatThreadCount()
    {
        var release = File.ReadAllText("/proc/sys/kernel/osrelease").Trim();
        var options = new CollectorOptions { HostRoot = _tree.Root, Timeout = TimeSpan.FromSeconds(5) };
        foreach (var path in new[]
        {
            "/proc/modules", "/proc/config.gz", $"/boot/config-{release}", $"/lib/modules/{release}/config", $"/lib/modules/{release}/modules.builtin",
            "/etc/os-release", "/usr/lib/os-release", "/proc/self/status", "/sys/module",
            $"{ContainerImageCollector.TaskDirectories[0]}/0123abcd/config.json",
        }.Concat(options.Sysctls.Select(n => "/proc/sys/" + n.Replace('.', '/'))))
        {
            _tree.Hanging(path);
        }

        await Collect(options); // warm up: the first run starts the pool threads a collection needs
        var before = Process.GetCurrentProcess().Threads.Count;
        var timedOut = new List<string>();
        var fifoRefusals = 0;
        for (var i = 0; i < 100 && timedOut.Count == 0; i++)
        {
            // The timeout is generous so that a loaded CI machine does not trip it; a blocked read never returns,
            // so the old reader timed out the first collection already (and the loop stops there).
            var result = await Collect(options);
            timedOut.AddRange(result.Runs.Where(r => r.Reason?.Contains("timed out", StringComparison.Ordinal) == true).Select(r => $"collection {i}: {r.Name}"));
            fifoRefusals += result.Facts.OfType<CollectionStatus>().Count(s => s.Reason?.Contains("is a FIFO (named pipe), not a regular file; not read", StringComparison.Ordinal) == true);
        }

        var after = Process.GetCurrentProcess().Threads.Count;
        Assert.Empty(timedOut);
        Assert.True(fifoRefusals >= 100 * 5, $"only {fifoRefusals} FIFO refusals in 100 collections");
        Assert.True(after <= before + 8, $"threads grew from {before} to {after} over 100 collections");
    }

    public void Dispose() => _tree.Dispose();

    private static Task<FactCollectionResult> Collect(CollectorOptions options)
        => FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None);
}
