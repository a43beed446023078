using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>Messages say what happened, with the place: a directory, data after the document, a wrong type.</summary>
public sealed class InputMessageTest : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("compatrules-msg-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData("evaluate", "a facts snapshot file")]
    [InlineData("cluster", "the JSON file of 'kubectl get")]
    public void Run_DirectoryAsInput_SaysItIsADirectory(string command, string expected)
    {
        var run = CliRun.Default(command, _directory.FullName);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{_directory.FullName} is a directory; expected {expected}", run.Stderr);
    }

    [Fact]
    public void Cluster_DataAfterTheInventory_SaysSoNotTruncated()
    {
        var path = Write("two.json", "{\"kind\":\"List\",\"items\":[]}\n{\"kind\":\"List\"}\n");
        var run = CliRun.Default("cluster", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: {path}:2: JSON path $: there is more data after the end of the JSON document; expected one JSON document (the List kubectl prints)\n", run.Stderr);
    }

    [Fact]
    public void Evaluate_DataAfterTheSnapshot_NamesTheRootNotTheLastProperty()
    {
        var path = Write("two.json", "{\"schemaVersion\":1,\"facts\":[]}\n{}\n");
        var run = CliRun.Default("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"compatrules: {path}:2: JSON path $: there is more data after the end of the snapshot's JSON object", run.Stderr);
    }

    [Fact]
    public void Cluster_KernelVersionOfWrongType_SaysWhichTypeNotMissing()
    {
        var path = Write("inv.json", """
            {"kind":"List","items":[{"apiVersion":"v1","kind":"Node","metadata":{"name":"n1"},
              "status":{"nodeInfo":{"kernelVersion":5,"osImage":"Ubuntu 22.04.4 LTS"}}}]}
            """);
        var run = CliRun.Default("cluster", path);
        Assert.Contains("n1: status.nodeInfo.kernelVersion is a number, not a string", run.Stderr);
        Assert.DoesNotContain("missing", run.Stderr);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }
}
