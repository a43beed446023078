using CompatRules.Rules.Tests.Catalogue;
using CompatRules.Tests.Inventory.Live;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>The natively published (Native AOT, trimmed, rule expressions interpreted) tool behaves as the JIT-run
/// tool: for every command, every output format and every library that trimming or the lack of a JIT could break
/// (System.CommandLine, System.Text.Json, YamlDotNet, Microsoft.Data.Sqlite with libe_sqlite3, KubernetesClient's
/// JSON and kubeconfig YAML, NRules and System.Linq.Expressions' interpreter), the same command line gives the same
/// exit code, standard output and standard error, the NFD expiry time aside (<see cref="ClockNormaliser"/>).
/// Each case also checks the exit code it expects, so that two runs failing alike cannot pass for a comparison.</summary>
[Collection(NativeToolCollection.Name)]
public sealed class NativeToolTest : IClassFixture<NativeHostRoot>, IDisposable
{
    private const string EveryKind = "tests/CompatRules.Tests/Snapshots/Fixtures/every-kind.json";
    private const string Inventory = "samples/cluster-inventory/inventory.json";
    private const string TruncatedInventory = "{\n  \"kind\": \"List\",\n  \"items\": [\n";
    private readonly NativeHostRoot _hostRoot;
    private readonly string _temp = Directory.CreateTempSubdirectory("compatrules-native-").FullName;

    /// <summary>Uses the shared host root and a temporary directory of the test's own.</summary>
    public NativeToolTest(NativeHostRoot hostRoot)
    {
        _hostRoot = hostRoot;
        File.WriteAllText(Path.Combine(_temp, "truncated.json"), TruncatedInventory);
        File.WriteAllText(Path.Combine(_temp, "bad-snapshot.json"), """{"schemaVersion": 1, "subject": "x", "facts": [{"kind": "kernel"}]}""");
    }

    /// <summary>Deletes the temporary directory.</summary>
    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string[] Arguments(string commandLine)
        => [.. commandLine.Split(' ').Select(a => a.Replace("{host-root}", _hostRoot.Root, StringComparison.Ordinal).Replace("{temp}", _temp, StringComparison.Ordinal))];

    [NativeToolTheory]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("rules --help")]
    [InlineData("cluster --help")]
    public async Task EntryAssemblyOutput_NativeTool_SameAsJitRunProcess(string commandLine)
    {
        var run = await NativeToolComparison.AssertSameAsJitProcessAsync(Arguments(commandLine));

        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(run.Stdout);
    }

    [NativeToolTheory]
    [InlineData("frobnicate", 2)]
    [InlineData("rules list", 0)]
    [InlineData("rules list --format json", 0)]
    [InlineData("rules show KOVN-TPROXY-MPTCP", 0)]
    [InlineData("rules show IPTABLES-USERSPACE-SKEW-188", 0)]
    [InlineData("rules show NO-SUCH-RULE", 2)]
    [InlineData("explain KOVN-TPROXY-MPTCP --facts " + EveryKind, 0)]
    [InlineData("explain KOVN-TPROXY-MPTCP --facts " + EveryKind + " --format json", 0)]
    [InlineData("explain IPTABLES-USERSPACE-SKEW-188 --facts " + EveryKind + " --format json", 0)]
    [InlineData("explain NO-SUCH-RULE --facts " + EveryKind, 2)]
    [InlineData("evaluate " + EveryKind, 1)]
    [InlineData("evaluate " + EveryKind + " --format json", 1)]
    [InlineData("evaluate " + EveryKind + " --format table", 1)]
    [InlineData("evaluate " + EveryKind + " --format junit", 1)]
    [InlineData("evaluate " + EveryKind + " --format sarif", 1)]
    [InlineData("evaluate " + EveryKind + " --format nfd", 1)]
    [InlineData("evaluate " + EveryKind + " --format prometheus", 1)]
    [InlineData("evaluate " + EveryKind + " --only calico --format json", 1)]
    [InlineData("evaluate " + EveryKind + " --skip KOVN-TPROXY-MPTCP --skip CALICO-IPIP-CSUM-OFFLOAD", 1)]
    [InlineData("evaluate " + EveryKind + " --fail-on critical --fail-on-unknown", 1)]
    [InlineData("evaluate " + EveryKind + " --fail-on critical", 0)]
    [InlineData("evaluate " + EveryKind + " --assume kube-proxy=1.31.0", 1)]
    [InlineData("evaluate " + EveryKind + " --assume kernel=5.4.0 --format json", 1)]
    [InlineData("evaluate " + EveryKind + " --skip NO-SUCH-RULE", 2)]
    [InlineData("evaluate {temp}/bad-snapshot.json", 2)]
    [InlineData("evaluate {temp}/no-such-snapshot.json", 2)]
    [InlineData("cluster " + Inventory, 1)]
    [InlineData("cluster " + Inventory + " --format json", 1)]
    [InlineData("cluster " + Inventory + " --format table", 1)]
    [InlineData("cluster " + Inventory + " --format junit", 1)]
    [InlineData("cluster " + Inventory + " --format sarif", 1)]
    [InlineData("cluster " + Inventory + " --format nfd", 1)]
    [InlineData("cluster " + Inventory + " --format prometheus", 1)]
    [InlineData("cluster " + Inventory + " --only calico --format json", 1)]
    [InlineData("cluster " + Inventory + " --assume calico=3.26.0", 1)]
    [InlineData("cluster " + Inventory + " --assume kernel=6.8.0 --format sarif", 1)]
    [InlineData("cluster {temp}/truncated.json", 2)]
    [InlineData("check --host-root {host-root} --node-name worker-1", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format json", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format table", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format junit", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format sarif", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format nfd", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --format prometheus", 0)]
    [InlineData("check --host-root {host-root} --node-name worker-1 --assume kube-proxy=1.28.0 --format json", 1)]
    [InlineData("check --host-root relative/root", 2)]
    [InlineData("collect --host-root {host-root} --node-name worker-1", 0)]
    public async Task Command_NativeTool_SameAsJitRun(string commandLine, int expectedExitCode)
    {
        var run = await NativeToolComparison.AssertSameAsync(Arguments(commandLine));

        Assert.Equal(expectedExitCode, run.ExitCode);
        Assert.Equal(expectedExitCode == 2, run.Stderr.StartsWith("compatrules: ", StringComparison.Ordinal));
    }

    [NativeToolFact]
    public async Task Collect_HostRoot_ReadsTheKubeProxyConfigAndBothPackageDatabases()
    {
        var run = await NativeToolComparison.AssertSameAsync(Arguments("collect --host-root {host-root} --node-name worker-1"));

        Assert.Contains("\"kind\": \"setting\"", run.Stdout, StringComparison.Ordinal); // kube-proxy's mode from the YAML config
        Assert.Contains("\"name\": \"ipvs.strictARP\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"libnftables1\"", run.Stdout, StringComparison.Ordinal); // dpkg
        Assert.Contains("\"name\": \"iptables-nft\"", run.Stdout, StringComparison.Ordinal); // rpmdb.sqlite
    }

    [NativeToolFact]
    public async Task CollectToFile_ThenEvaluate_SameSnapshotAndReports()
    {
        var snapshot = Path.Combine(_temp, "snapshot.json");
        var (_, written) = await NativeToolComparison.AssertSameAsync(Arguments("collect --host-root {host-root} --node-name worker-1 -o " + snapshot), null, snapshot);
        File.WriteAllText(snapshot, written);

        foreach (var format in new[] { "json", "table", "junit", "sarif", "nfd", "prometheus" })
        {
            Assert.Equal(0, (await NativeToolComparison.AssertSameAsync(["evaluate", snapshot, "--format", format])).ExitCode);
        }
    }

    [NativeToolFact]
    public async Task RulesGraph_ToFile_SameDgml()
    {
        var path = Path.Combine(_temp, "rules.dgml");

        var (_, dgml) = await NativeToolComparison.AssertSameAsync(["rules", "graph", "-o", path], null, path);

        Assert.Contains("<DirectedGraph", dgml, StringComparison.Ordinal);
    }

    [NativeToolTheory]
    [InlineData("json")]
    [InlineData("nfd")]
    public async Task EvaluateToFile_EveryKind_SameReport(string format)
    {
        var path = Path.Combine(_temp, "report." + format);

        var (run, report) = await NativeToolComparison.AssertSameAsync(["evaluate", EveryKind, "--format", format, "-o", path], null, path);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(report!);
    }

    [NativeToolTheory]
    [InlineData("json")]
    [InlineData("table")]
    [InlineData("prometheus")]
    public async Task ClusterStdin_SampleInventory_SameAsJitRun(string format)
    {
        var inventory = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), Inventory));

        var run = await NativeToolComparison.AssertSameAsync(["cluster", "-", "--format", format], inventory);

        Assert.Equal(1, run.ExitCode);
    }

    [NativeToolFact]
    public async Task ClusterStdin_TruncatedInventory_SameErrorAsJitRun()
    {
        var run = await NativeToolComparison.AssertSameAsync(["cluster", "-"], TruncatedInventory);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: <stdin>:4: ", run.Stderr, StringComparison.Ordinal);
    }

    [NativeToolTheory]
    [InlineData("json")]
    [InlineData("table")]
    [InlineData("sarif")]
    public async Task ClusterKubeconfig_CannedApiServer_SameAsJitRun(string format)
    {
        var api = new RecordedApi(Path.Combine(RepositoryRoot.Find(), Inventory));
        await using var server = new CannedApiServer(api.Answer);
        var kubeconfig = server.WriteKubeconfig(_temp);

        var run = await NativeToolComparison.AssertSameAsync(["cluster", "--kubeconfig", kubeconfig, "--context", "canned", "--format", format]);

        Assert.Equal(1, run.ExitCode);
        Assert.NotEmpty(server.Requests);
    }

    [NativeToolFact]
    public async Task ClusterKubeconfig_NodesForbidden_SameErrorAsJitRun()
    {
        var api = new RecordedApi(Path.Combine(RepositoryRoot.Find(), Inventory));
        api.Forbidden.Add("nodes");
        await using var server = new CannedApiServer(api.Answer);

        var run = await NativeToolComparison.AssertSameAsync(["cluster", "--kubeconfig", server.WriteKubeconfig(_temp)]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("list nodes: forbidden (403)", run.Stderr, StringComparison.Ordinal);
    }
}
