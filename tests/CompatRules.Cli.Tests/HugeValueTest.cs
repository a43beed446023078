using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>A huge input value is quoted back as a short prefix with its length, not repeated whole.</summary>
public sealed class HugeValueTest : IDisposable
{
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
    public void Evaluate_AssumeWithHugeVersion_MessageCut()
    {
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--assume", "calico=" + new string('x', 10_000));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("…' (10000 characters) is not a valid version", run.Stderr);
        Assert.True(run.Stderr.Length < 10_000 + 200);
    }
}
