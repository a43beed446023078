using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CompatRules.Benchmarks.Startup;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>
/// <c>compatrules cluster FILE --format F -o OUT</c> (the published tool, Native AOT, as it ships) as a child process
/// over a generated inventory, one benchmark per output format, table the baseline: the wall time of the whole run and (column "Peak RSS") the child's peak resident
/// set. Targets (issue #11): every format within 1 GB at 20,000 nodes, none slower than 2x table.
/// </summary>
/// <remarks>One child per iteration, three iterations, no warm-up: a run of 20,000 nodes takes seconds, so
/// BenchmarkDotNet's default of many iterations would take an hour. <c>--short</c> (CI) shrinks the inventory to
/// <see cref="ShortNodes"/> nodes.</remarks>
[Config(typeof(Columns))]
[WarmupCount(0)]
[IterationCount(3)]
[InvocationCount(1)]
public class FleetFormatBenchmarks
{
    /// <summary>The inventory size of a full run.</summary>
    public const int FullNodes = 20_000;

    /// <summary>The inventory size of a <c>--short</c> run.</summary>
    public const int ShortNodes = 200;

    private string _directory = string.Empty;
    private string _inventory = string.Empty;

    // The cases whose earlier peaks this instance has forgotten (each case has its own instance; a process may run several).
    private readonly HashSet<string> _started = new(StringComparer.Ordinal);

    /// <summary>The number of nodes in the inventory.</summary>
    [ParamsSource(nameof(NodeCounts))]
    public int Nodes { get; set; }

    /// <summary>The sizes to run: <see cref="FullNodes"/>, or <see cref="ShortNodes"/> under <c>--short</c>.</summary>
    public static IEnumerable<int> NodeCounts => [SuiteConfig.ShortRun ? ShortNodes : FullNodes];

    /// <summary>The key under which a case's peak RSS is recorded.</summary>
    /// <param name="method">The benchmark method, which names the format.</param>
    /// <param name="nodes">The inventory size.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string method, int nodes) => $"{method}-{nodes}";

    /// <summary>Writes the generated inventory to a temporary file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("compatrules-fleet-").FullName;
        _inventory = Path.Combine(_directory, "inventory.json");
        File.WriteAllBytes(_inventory, FleetInventoryGenerator.Generate(Nodes));
    }

    /// <summary>Removes the inventory and the outputs.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    /// <summary>The table format: the baseline.</summary>
    /// <returns>The output's length.</returns>
    [Benchmark(Baseline = true)]
    public long Table() => Run("table", nameof(Table));

    /// <summary>The JSON format.</summary>
    /// <returns>The output's length.</returns>
    [Benchmark]
    public long Json() => Run("json", nameof(Json));

    /// <summary>The JUnit XML format.</summary>
    /// <returns>The output's length.</returns>
    [Benchmark]
    public long Junit() => Run("junit", nameof(Junit));

    /// <summary>The SARIF format.</summary>
    /// <returns>The output's length.</returns>
    [Benchmark]
    public long Sarif() => Run("sarif", nameof(Sarif));

    /// <summary>The NFD format (NodeFeature objects for a cluster).</summary>
    /// <returns>The output's length.</returns>
    [Benchmark]
    public long Nfd() => Run("nfd", nameof(Nfd));

    /// <summary>The Prometheus text format.</summary>
    /// <returns>The output's length.</returns>
    [Benchmark]
    public long Prometheus() => Run("prometheus", nameof(Prometheus));

    private long Run(string format, string method)
    {
        var output = Path.Combine(_directory, "out." + format);
        var stderr = Path.Combine(_directory, "stderr." + format);
        var (code, peak) = FleetProcess.Run(PublishedApps.CompatRules, ["cluster", _inventory, "--format", format, "-o", output], stderr);

        // 1: a node is affected (the sample's nodes are); anything else is a failed run, not a measurement.
        if (code is not (0 or 1))
        {
            throw new InvalidOperationException($"compatrules cluster --format {format} exited {code}: {File.ReadAllText(stderr)}");
        }

        var key = KeyOf(method, Nodes);
        if (_started.Add(key))
        {
            PeakRssRecord.Clear(key);
        }

        PeakRssRecord.Add(key, peak);
        var length = new FileInfo(output).Length;
        File.Delete(output);
        return length;
    }

    /// <summary>Adds the peak RSS column.</summary>
    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new PeakRssColumn());
    }
}
