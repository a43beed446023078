using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>A huge input value is quoted back as a short prefix with its length, not repeated whole.</summary>
public sealed class HugeValueTest : IDisposable
{
    /// <summary>A node name of the size of the 100 MB kernelVersion of issue #11 (100 MiB of characters).</summary>
    private const int HundredMegabytes = 100 * 1024 * 1024;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("compatrules-huge-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Cluster_MegabyteKernelVersion_EchoedAsPrefixAndLength()
    {
        var huge = new string('9', 1_000_000);
        var path = Path.Combine(_directory.FullName, "inv.json");
        File.WriteAllText(path, "{\"kind\":\"List\",\"items\":[{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"n1\"},"
            + "\"status\":{\"nodeInfo\":{\"kernelVersion\":\"" + huge + "\",\"osImage\":\"Ubuntu 22.04.4 LTS\"}}}]}");
        var run = CliRun.Default("cluster", path, "--format", "json");
        Assert.Contains($"'{new string('9', 64)}…' (1000000 characters)", run.Stderr + run.Stdout);
        Assert.True(run.Stdout.Length + run.Stderr.Length < 1_000_000, $"{run.Stdout.Length + run.Stderr.Length} characters of output");
    }

    [Fact]
    public void Cluster_MegabyteNodeNamesWithoutNodeInfo_WarningsCutAndTheReasonNamedOncePerFinding()
    {
        var names = new[] { new string('a', 1_000_000), new string('b', 1_000_000) };
        var path = Path.Combine(_directory.FullName, "inv.json");
        File.WriteAllText(path, "{\"kind\":\"List\",\"items\":[" + string.Join(",", names.Select(n => "{\"apiVersion\":\"v1\",\"kind\":\"Node\",\"metadata\":{\"name\":\"" + n + "\"}}")) + "]}");
        var run = CliRun.Default("cluster", path);
        Assert.Contains($": Node/{new string('a', 64)}… (1000000 characters) has no status.nodeInfo object", run.Stderr);
        Assert.Contains("    missing: kernel (NotCollected: the Node has no status.nodeInfo)", run.Stdout);
        Assert.DoesNotContain("Node/", run.Stdout);
        Assert.True(run.Stdout.Length + run.Stderr.Length < 100_000, $"{run.Stdout.Length + run.Stderr.Length} characters of output");
    }

    [Fact]
    public void Table_HundredMegabyteNodeName_EchoedAsPrefixAndLengthEverywhere()
    {
        var huge = new string('n', HundredMegabytes);
        var cut = $"{new string('n', 64)}… ({HundredMegabytes} characters)";
        var check = CliRun.WithFacts(TestEngine.Node(huge, calico: "v3.28.0", bpf: true), null, "check", "--assume", "kube-proxy=v1.29.0");
        var cluster = CliRun.WithFacts(null, [TestEngine.Node(huge, calico: "v3.28.0", bpf: true), TestEngine.Node("n2", calico: "v3.28.0")], "cluster", "inv.json");

        Assert.StartsWith($"Node: {cut}\n", check.Stdout);
        Assert.Contains($"What-if on {cut} (--assume kube-proxy=v1.29.0):", check.Stdout);
        Assert.Contains($"  affected: 1/2 node(s): {cut}\n", cluster.Stdout);
        Assert.Contains($"\n  {cut}: 1 affected, 0 unknown, 0 error\n", cluster.Stdout);
        Assert.All([check.Stdout + check.Stderr, cluster.Stdout + cluster.Stderr], output => Assert.True(output.Length < 16_384, $"{output.Length} characters of output"));
    }

    [Fact]
    public void Sarif_HugeNodeName_MessageTextCutLocationKeptWhole()
    {
        var huge = new string('n', 100_000);
        var run = CliRun.WithFacts(null, [TestEngine.Node(huge, calico: "v3.28.0", bpf: true)], "cluster", "inv.json", "--format", "sarif");
        var result = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.StartsWith($"{new string('n', 64)}… (100000 characters): Calico BPF dataplane drops traffic.", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(huge, result.GetProperty("properties").GetProperty("node").GetString());
    }

    [Theory]
    [InlineData("json")]
    [InlineData("junit")]
    [InlineData("prometheus")]
    public void MachineFormats_HugeNodeName_KeptWholeAsTheNodesIdentity(string format)
    {
        var huge = new string('n', 100_000);
        var run = CliRun.WithFacts(null, [TestEngine.Node(huge, calico: "v3.28.0", bpf: true)], "cluster", "inv.json", "--format", format);
        Assert.Contains(huge, run.Stdout);
        Assert.DoesNotContain("(100000 characters)", run.Stdout);
    }

    [Fact]
    public void Evaluate_AssumeWithHugeVersion_MessageCut()
    {
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--assume", "calico=" + new string('x', 10_000));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("…' (10000 characters) is not a valid version", run.Stderr);
        Assert.True(run.Stderr.Length < 10_000 + 200);
    }
}
