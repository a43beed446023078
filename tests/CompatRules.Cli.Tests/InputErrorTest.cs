using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>Bad input files, read by the real snapshot and inventory sources: exit 2 and <c>file:line: JSON path $.x: message</c>.</summary>
public sealed class InputErrorTest : IDisposable
{
    private const string Snapshot = """
        {
          "schemaVersion": 1,
          "subject": "n1",
          "facts": [
            {
              "kind": "kernel",
              "release": "5.15.0-91-generic",
              "architecture": "x86_64"
            }
          ]
        }
        """;

    private const string Inventory = """
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "apiVersion": "v1",
              "kind": "Node",
              "metadata": { "name": "n1" },
              "status": { "nodeInfo": { "kernelVersion": "5.15.0-91-generic", "osImage": "Ubuntu 22.04.4 LTS" } }
            }
          ]
        }
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("compatrules-input-");

    [Fact]
    public void Evaluate_TruncatedSnapshot_Exits2NamingFileLineAndPath()
    {
        var path = Write("trunc.json", Snapshot[..Snapshot.IndexOf("\"architecture\"", StringComparison.Ordinal)]);
        var run = CliRun.Default("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"compatrules: {path}:8: JSON path $.facts[0].release: the document ends before it is complete (truncated?)", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Evaluate_WrongTypeAtPath_Exits2NamingFileLineAndPath()
    {
        var path = Write("wrong.json", Snapshot.Replace("\"5.15.0-91-generic\"", "5", StringComparison.Ordinal));
        var run = CliRun.Default("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: {path}:7: JSON path $.facts[0].release: expected a kernel release such as 5.15.0-91-generic\n", run.Stderr);
    }

    [Fact]
    public void Evaluate_EmptyFile_Exits2AtLine1()
    {
        var path = Write("empty.json", string.Empty);
        var run = CliRun.Default("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: {path}:1: JSON path $: the input is empty; expected a JSON object with schemaVersion and facts\n", run.Stderr);
    }

    [Fact]
    public void Explain_TruncatedSnapshot_Exits2WithTheSameLocation()
    {
        var path = Write("trunc.json", Snapshot[..Snapshot.IndexOf("\"architecture\"", StringComparison.Ordinal)]);
        var run = CliRun.Default("explain", "KOVN-TPROXY-MPTCP", "--facts", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"compatrules: {path}:8: JSON path $.facts[0].release: the document ends before it is complete", run.Stderr);
    }

    [Fact]
    public void Evaluate_UnknownProperty_WarnsInTheSameFormAndStillEvaluates()
    {
        var path = Write("extra.json", Snapshot.Replace("\"architecture\": \"x86_64\"", "\"architecture\": \"x86_64\",\n      \"colour\": \"blue\"", StringComparison.Ordinal));
        var run = CliRun.Default("evaluate", path, "--format", "nfd");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        Assert.Equal($"compatrules: warning: {path}:9: JSON path $.facts[0].colour: unknown property 'colour'; its value was ignored\n", run.Stderr);
        Assert.StartsWith("# +expiry-time=", run.Stdout);
        Assert.Contains("\ncompatrules.io/", run.Stdout);
    }

    [Fact]
    public void Cluster_TruncatedInventory_Exits2NamingFileLineAndPath()
    {
        var path = Write("inv.json", Inventory[..Inventory.IndexOf("\"status\"", StringComparison.Ordinal)]);
        var run = CliRun.Default("cluster", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: {path}:9: JSON path $.items[0]: the document ends before its objects and arrays are closed (truncated?); expected a complete JSON document\n", run.Stderr);
    }

    [Fact]
    public void Cluster_WrongTypeAtRoot_Exits2NamingFileLineAndPath()
    {
        var path = Write("inv.json", Inventory.Replace("\"kind\": \"List\"", "\"kind\": 7", StringComparison.Ordinal));
        var run = CliRun.Default("cluster", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"compatrules: {path}:3: JSON path $.kind: ", run.Stderr);
    }

    [Fact]
    public void Cluster_EmptyFile_Exits2AtLine1()
    {
        var path = Write("empty.json", string.Empty);
        var run = CliRun.Default("cluster", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: {path}:1: JSON path $: the input is empty; expected a JSON object with kind List or Node\n", run.Stderr);
    }

    [Fact]
    public void Cluster_WrongTypeInsideAnItem_WarnsWithLocationAndStillEvaluates()
    {
        var path = Write("inv.json", Inventory.Replace("\"5.15.0-91-generic\"", "5", StringComparison.Ordinal));
        var run = CliRun.Default("cluster", path, "--format", "json");
        Assert.True(run.ExitCode is 0 or 1, run.Stderr);
        Assert.StartsWith($"compatrules: warning: {path}:9: JSON path $.items[0].status.nodeInfo.kernelVersion: ", run.Stderr);
        Assert.Contains("\"nodeCount\": 1", run.Stdout);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }
}
