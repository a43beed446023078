using System.Collections;
using CompatRules.Cli.Output;
using CompatRules.Cli.Sources;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;

namespace CompatRules.Cli.Tests;

/// <summary><c>cluster</c> works node by node: a node's output reaches the destination before the next node is
/// read from the source, so memory does not grow with the cluster (the inventory's side: ClusterInventoryNodeStreamTest).</summary>
public class NodeByNodeTest
{
    public static TheoryData<string> Formats => [.. ReportFormatters.Names.Where(f => f != "table")];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Run_Cluster_EachNodeWrittenBeforeTheNextIsRead(string format)
    {
        using var output = new MemoryStream();
        // Affected nodes: SARIF writes a result only for what is found.
        var source = new CountingSource(output, [.. Enumerable.Range(1, 3).Select(i => TestEngine.Node($"node-{i}", kernel: "4.19.0-1"))]);
        var services = new CliServices { Engine = TestEngine.Create(), OpenStdout = () => output, InventoryFacts = (_, _) => source };

        var run = CliRun.With(services, "cluster", "-", "--format", format);

        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(3, source.OutputBeforeEachNode.Count);
        var (first, second, third) = (source.OutputBeforeEachNode[0], source.OutputBeforeEachNode[1], source.OutputBeforeEachNode[2]);
        Assert.True(second > first && third > second, $"output length when node 1, 2, 3 were read: {first}, {second}, {third}");
        Assert.True(output.Length > third);
    }

    [Fact]
    public void Run_Cluster_NodesReadOnceAndNotLoadedWhole()
    {
        using var output = new MemoryStream();
        var source = new CountingSource(output, [TestEngine.Node("node-1"), TestEngine.Node("node-2")]);
        var services = new CliServices { Engine = TestEngine.Create(), OpenStdout = () => output, InventoryFacts = (_, _) => source };

        _ = CliRun.With(services, "cluster", "-", "--format", "json");

        Assert.Equal((1, 0), (source.Opened, source.Loaded));
    }

    /// <summary>Hands out its nodes one at a time, noting how much output there was when each was asked for.</summary>
    private sealed class CountingSource(Stream output, IReadOnlyList<FactSet> nodes) : IFactSource
    {
        public List<long> OutputBeforeEachNode { get; } = [];

        public int Opened { get; private set; }

        public int Loaded { get; private set; }

        public string Description => "counting source";

        public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
        {
            Loaded++;
            return Task.FromResult(nodes);
        }

        public Task<IReadOnlyCollection<FactSet>> OpenAsync(CancellationToken cancellationToken)
        {
            Opened++;
            return Task.FromResult<IReadOnlyCollection<FactSet>>(new Counted(nodes, () => OutputBeforeEachNode.Add(output.Length)));
        }

        private sealed class Counted(IReadOnlyList<FactSet> nodes, Action beforeEach) : IReadOnlyCollection<FactSet>
        {
            public int Count => nodes.Count;

            public IEnumerator<FactSet> GetEnumerator()
            {
                foreach (var node in nodes)
                {
                    beforeEach();
                    yield return node;
                }
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
