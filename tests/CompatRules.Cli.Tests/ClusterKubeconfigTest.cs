using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Tests.Inventory.Live;

namespace CompatRules.Cli.Tests;

/// <summary><c>cluster --kubeconfig FILE</c> against a canned HTTPS API server answering with the sample dump's
/// objects gives the same report as <c>cluster</c> on the dump itself.</summary>
public sealed class ClusterKubeconfigTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("compatrules-cli-api-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Sample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", "cluster-inventory", "inventory.json");
    }

    [Fact]
    public async Task Cluster_Kubeconfig_GivesTheSameReportAsTheDump()
    {
        var api = new RecordedApi(Sample());
        await using var server = new CannedApiServer(api.Answer);
        var kubeconfig = server.WriteKubeconfig(_directory);

        var fromDump = CliRun.Default("cluster", Sample(), "--format", "json");
        var fromApi = CliRun.Default("cluster", "--kubeconfig", kubeconfig, "--context", "canned", "--format", "json");

        Assert.Equal(fromDump.ExitCode, fromApi.ExitCode);
        Assert.Equal(fromDump.Stdout, fromApi.Stdout);
        Assert.NotEmpty(server.Requests);
    }

    [Fact]
    public async Task Cluster_KubeconfigNodesForbidden_Exits2NamingTheServer()
    {
        var api = new RecordedApi(Sample());
        api.Forbidden.Add("nodes");
        await using var server = new CannedApiServer(api.Answer);

        var run = CliRun.Default("cluster", "--kubeconfig", server.WriteKubeconfig(_directory));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cluster {server.Url}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("list nodes: forbidden (403)", run.Stderr, StringComparison.Ordinal);
    }
}
