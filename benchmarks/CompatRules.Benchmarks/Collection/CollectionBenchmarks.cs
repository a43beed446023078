using BenchmarkDotNet.Attributes;
using CompatRules.Collectors;

namespace CompatRules.Benchmarks.Collection;

/// <summary>A full local collection of this machine (procfs, netlink, socket probes; no programs run) against
/// getting the same facts by running <c>uname</c>, <c>cat</c>, <c>iptables-save</c> and <c>ethtool</c>.</summary>
/// <remarks>The baseline needs <c>apt-get install -y iptables ethtool</c>; without them it returns -1 at once and its
/// row is meaningless (the console says which tool is missing).</remarks>
[MemoryDiagnoser]
public class CollectionBenchmarks
{
    private readonly CollectorOptions _options = new();
    private IReadOnlyList<ICollector> _collectors = [];

    /// <summary>Creates the collectors and reports a missing tool.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _collectors = DefaultCollectors.Create(_options);
        if (ShellOutCollector.MissingTool is { } tool)
        {
            Console.WriteLine($"// CollectionBenchmarks: '{tool}' is not installed; the shell-out baseline is skipped (apt-get install -y iptables ethtool).");
        }
    }

    /// <summary>Running the programs.</summary>
    /// <returns>The output size.</returns>
    [Benchmark(Baseline = true)]
    public Task<long> ShellOut() => ShellOutCollector.CollectAsync();

    /// <summary>FactCollection with the default collectors.</summary>
    /// <returns>The number of facts.</returns>
    [Benchmark]
    public async Task<int> CollectAsync() => (await FactCollection.CollectAsync(_collectors, _options, CancellationToken.None).ConfigureAwait(false)).Facts.Count;
}
