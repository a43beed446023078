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
        Assert.Equal(string.Empty, fromApi.Stderr); // not a terminal: no progress
    }

    [Fact]
    public async Task Cluster_KubeconfigOnTerminal_DrawsListingProgressOnStderrAndTheSameReport()
    {
        var api = new RecordedApi(Sample());
        await using var server = new CannedApiServer(api.Answer);
        var kubeconfig = server.WriteKubeconfig(_directory);
        var plain = CliRun.Default("cluster", "--kubeconfig", kubeconfig, "--format", "json");

        var terminal = CliRun.With(new CliServices { StderrIsTerminal = true }, "cluster", "--kubeconfig", kubeconfig, "--format", "json");

        Assert.Equal(plain.Stdout, terminal.Stdout);
        var frames = terminal.Stderr.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["0/5 resources listing nodes: 3", "1/5 resources listing pods: 5", "2/5 resources listing daemonsets: 4", "3/5 resources listing deployments: 1", "4/5 resources listing configmaps: 2", "5/5 resources listed: 15 objects"],
            frames.Select(f => f[(f.IndexOf("] ", StringComparison.Ordinal) + 2)..].TrimEnd()));
        Assert.StartsWith("[##############################] 5/5", frames[^1], StringComparison.Ordinal);
        Assert.EndsWith("\n", terminal.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_KubeconfigOnTerminalFailingHalfWay_ErrorStartsOnALineOfItsOwn()
    {
        var api = new RecordedApi(Sample());
        await using var server = new CannedApiServer(target => target.StartsWith("/api/v1/pods", StringComparison.Ordinal)
            ? new CannedAnswer(500, """{"kind":"Status","apiVersion":"v1","status":"Failure","message":"etcdserver: request timed out","code":500}""")
            : api.Answer(target));

        var run = CliRun.With(new CliServices { StderrIsTerminal = true }, "cluster", "--kubeconfig", server.WriteKubeconfig(_directory));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("] 0/5 resources listing nodes: 3\ncompatrules: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("list pods: 500", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_KubeconfigOnTerminalNodesForbidden_DrawsNoBarBeforeTheError()
    {
        var api = new RecordedApi(Sample());
        api.Forbidden.Add("nodes");
        await using var server = new CannedApiServer(api.Answer);

        var run = CliRun.With(new CliServices { StderrIsTerminal = true }, "cluster", "--kubeconfig", server.WriteKubeconfig(_directory));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: cluster ", run.Stderr, StringComparison.Ordinal);
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
