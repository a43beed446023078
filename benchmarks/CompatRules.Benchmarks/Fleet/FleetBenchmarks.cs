using BenchmarkDotNet.Attributes;
using CompatRules.Facts;
using CompatRules.Inventory;
using CompatRules.Reports;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>A whole cluster dump end to end: parse the kubectl List, build each node's facts, evaluate every node with
/// the built-in rules. Sequential against <see cref="Parallel"/> over the nodes.</summary>
[MemoryDiagnoser]
public class FleetBenchmarks
{
    private readonly RuleEngine _engine = CompatEngine.Default;
    private byte[] _json = [];

    /// <summary>The number of nodes.</summary>
    [Params(1000, 10_000)]
    public int Nodes { get; set; }

    /// <summary>Generates the inventory once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = FleetInventoryGenerator.Generate(Nodes);
        var read = Read();
        if (read.Nodes.Count != Nodes)
        {
            throw new InvalidOperationException($"generated {Nodes} nodes, the reader found {read.Nodes.Count}");
        }
    }

    /// <summary>Parse only: the floor under the two end-to-end runs.</summary>
    /// <returns>The per-node fact sets.</returns>
    [Benchmark(Baseline = true)]
    public int ParseOnly() => Read().Nodes.Count;

    /// <summary>Parse, then evaluate node after node.</summary>
    /// <returns>The number of affected results.</returns>
    [Benchmark]
    public int ParseAndEvaluateSequential()
    {
        var affected = 0;
        foreach (var node in Read().Nodes)
        {
            affected += _engine.Evaluate(node).Count(Outcome.Affected);
        }

        return affected;
    }

    /// <summary>Parse, then evaluate the nodes in parallel.</summary>
    /// <returns>The number of affected results.</returns>
    [Benchmark]
    public int ParseAndEvaluateParallel()
    {
        var nodes = Read().Nodes;
        var reports = new CompatReport[nodes.Count];
        System.Threading.Tasks.Parallel.For(0, nodes.Count, i => reports[i] = _engine.Evaluate(nodes[i]));
        return reports.Sum(r => r.Count(Outcome.Affected));
    }

    private InventoryReadResult Read()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return ClusterInventory.Read(stream, "fleet.json");
    }
}
