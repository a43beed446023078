using System.Text;
using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Fixtures;
using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Benchmarks.Snapshot;

/// <summary>FactSnapshot save and load of the realistic node (~60 facts), in memory.</summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private readonly FactSet _node = NodeFacts.Realistic();
    private string _json = string.Empty;

    /// <summary>Serialises the node once for the load benchmark.</summary>
    [GlobalSetup]
    public void Setup() => _json = FactSnapshot.Serialize(_node);

    /// <summary>Save: the fact set to a JSON stream.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark(Baseline = true)]
    public long Save()
    {
        using var stream = new MemoryStream();
        FactSnapshot.Write(_node, stream);
        return stream.Length;
    }

    /// <summary>Load: the JSON back into a fact set, validated.</summary>
    /// <returns>The number of facts.</returns>
    [Benchmark]
    public int Load()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(_json), writable: false);
        return FactSnapshot.Read(stream, "node.json").Count;
    }
}
