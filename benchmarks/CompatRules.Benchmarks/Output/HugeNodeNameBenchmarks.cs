using BenchmarkDotNet.Attributes;
using CompatRules.Benchmarks.Fixtures;
using CompatRules.Cli;
using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Benchmarks.Output;

/// <summary>The cluster table with what-if lines of two realistic nodes, one named with 100 MiB of characters (issue #11
/// item 3), beside the same nodes with a short name: the name is echoed cut, so memory and output stay those of a
/// short name (the name itself is built once, in the setup, and not counted).</summary>
[MemoryDiagnoser]
public class HugeNodeNameBenchmarks
{
    private const int HundredMegabytes = 100 * 1024 * 1024;

    private readonly RuleEngine _engine = CompatEngine.Default;
    private readonly FactSet _other = NodeFacts.Realistic().WithSubject("worker-2");
    private FactSet _short = FactSet.Empty;
    private FactSet _huge = FactSet.Empty;

    /// <summary>Builds the two names' nodes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _short = NodeFacts.Realistic().WithSubject("worker-1");
        _huge = NodeFacts.Realistic().WithSubject(new string('n', HundredMegabytes));
    }

    /// <summary>The nodes named worker-1 and worker-2.</summary>
    /// <returns>The characters written.</returns>
    [Benchmark(Baseline = true)]
    public long ShortName() => Table(_short);

    /// <summary>The first node named with 100 MiB of characters.</summary>
    /// <returns>The characters written.</returns>
    [Benchmark]
    public long HundredMegabyteName() => Table(_huge);

    private long Table(FactSet first)
    {
        var output = new CountingWriter();
        var services = new CliServices { Engine = _engine, InventoryFacts = (_, _) => new Nodes([first, _other]) };
        CompatRules.Cli.Program.Run(["cluster", "inventory.json", "--assume", "calico=3.28.0"], output, TextWriter.Null, services);
        return output.Count;
    }

    /// <summary>Counts what it is given and keeps nothing.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public long Count { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Count++;

        public override void Write(string? value) => Count += value?.Length ?? 0;

        public override void Write(ReadOnlySpan<char> buffer) => Count += buffer.Length;

        public override void Write(char[] buffer, int index, int count) => Count += count;
    }

    /// <summary>The two nodes as an inventory.</summary>
    private sealed class Nodes(IReadOnlyList<FactSet> nodes) : IFactSource
    {
        public string Description => "generated inventory";

        public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(nodes);
    }
}
