using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

/// <summary>Every format writes each node's report when it is added, not the whole output at the end; standard
/// input is read with the inventory reader's limits.</summary>
public class StreamingOutputTest
{
    public static TheoryData<string> Formats => [.. ReportFormatters.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Open_Cluster_EachReportReachesTheStreamWhenAdded(string format)
    {
        var formatter = (StreamingFormatter)ReportFormatters.Create(format, GoldenOutputTest.Context);
        using var output = new MemoryStream();
        var rules = TestReports.NodeA().Results.Select(r => r.Rule).ToList();
        var writer = formatter.Open(output, rules, cluster: true);
        var lengths = new List<long> { output.Length };
        foreach (var i in Enumerable.Range(1, 3))
        {
            writer.Add(TestReports.NodeA(), $"node-{i}");
            lengths.Add(output.Length);
        }

        writer.End(Cluster.ClusterSummary.Create([TestReports.NodeA(), TestReports.NodeA(), TestReports.NodeA()]));
        if (format == "table")
        {
            // The cluster table prints the findings before the nodes: it keeps a line per node and writes at the end.
            Assert.True(output.Length > lengths[^1]);
            return;
        }

        Assert.True(lengths[1] > lengths[0] && lengths[2] > lengths[1] && lengths[3] > lengths[2], string.Join(", ", lengths));
    }

    [Fact]
    public void Run_InvalidUtf8OnStdin_RejectedAsFromAFile()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes("{\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"n?1\"}}]}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;
        var services = new CliServices { Engine = TestEngine.Create(), Stdin = new MemoryStream(bytes) };
        var run = CliRun.With(services, "cluster", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: <stdin>:1: JSON path ", run.Stderr);
    }

    [Fact]
    public void Run_EndlessStdin_StopsAtTheLimitWhileReading()
    {
        var services = new CliServices { Engine = TestEngine.Create(), Stdin = new EndlessStream() };
        var run = CliRun.With(services, "cluster", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: <stdin>: JSON path $: the input is longer than {CompatRules.Inventory.InventoryOptions.DefaultMaxBytes} bytes; expected at most {CompatRules.Inventory.InventoryOptions.DefaultMaxBytes} bytes (InventoryOptions.MaxBytes)\n", run.Stderr);
    }

    /// <summary>Like /dev/zero: spaces without end, and no length.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
