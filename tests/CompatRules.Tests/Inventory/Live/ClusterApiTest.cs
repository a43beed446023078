using CompatRules.Facts;
using CompatRules.Inventory;
using CompatRules.Inventory.Live;

namespace CompatRules.Tests.Inventory.Live;

/// <summary>The live cluster read with the real KubernetesClient against a canned HTTPS API server on 127.0.0.1.</summary>
public sealed class ClusterApiTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("compatrules-api-").FullName;
    private readonly RecordedApi _api = new(InventoryJson.SamplePath);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string[] Facts(FactSet node)
        => [.. node.Where(f => f is not CollectionStatus).Select(f => $"{f.Key} | {f.Describe()} | {f.Provenance.Location} | {f.Provenance.Detail}").Order(StringComparer.Ordinal)];

    private async Task<(InventoryReadResult Result, CannedApiServer Server)> ReadAsync(Func<string, CannedAnswer>? answer = null, int pageSize = 2, double timeoutSeconds = 10, IProgress<(string, int)>? progress = null)
    {
        var server = new CannedApiServer(answer ?? _api.Answer);
        var options = new ClusterApiOptions { KubeconfigPath = server.WriteKubeconfig(_directory), PageSize = pageSize, RequestTimeout = TimeSpan.FromSeconds(timeoutSeconds), Progress = progress };
        try
        {
            return (await ClusterApi.ReadAsync(options, CancellationToken.None), server);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task ReadAsync_PagedLists_GiveTheSameFactsAsTheDump()
    {
        var dump = ClusterInventory.Load(InventoryJson.SamplePath);

        var (live, server) = await ReadAsync();
        await using var _ = server;

        Assert.Equal(dump.Nodes.Select(n => n.Subject), live.Nodes.Select(n => n.Subject));
        foreach (var (fromDump, fromApi) in dump.Nodes.Zip(live.Nodes))
        {
            Assert.Equal(Facts(fromDump), Facts(fromApi));
        }

        Assert.Contains(server.Requests, r => r.StartsWith("/api/v1/pods?", StringComparison.Ordinal) && r.Contains("continue=2", StringComparison.Ordinal));
        Assert.All(server.Requests, r => Assert.Contains("limit=2", r, StringComparison.Ordinal));
        Assert.StartsWith("cluster https://127.0.0.1:", live.SourceName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PagedLists_TellProgressEachPageOfEachListedResourceInOrder()
    {
        var kinds = new Dictionary<string, string> { ["nodes"] = "Node", ["pods"] = "Pod", ["daemonsets"] = "DaemonSet", ["deployments"] = "Deployment", ["configmaps"] = "ConfigMap" };
        var inDump = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(InventoryJson.SamplePath))!["items"]!.AsArray()
            .GroupBy(i => i!["kind"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        var expected = ClusterApi.ListedResources
            .SelectMany(r => Enumerable.Range(1, (inDump[kinds[r]] + 1) / 2).Select(page => (r, Math.Min(page * 2, inDump[kinds[r]]))))
            .ToList();
        var progress = new RecordingProgress();

        var (_, server) = await ReadAsync(progress: progress);
        await using var _ = server;

        Assert.Equal(expected, progress.Reports);
        Assert.Equal(kinds.Keys, ClusterApi.ListedResources);
    }

    [Fact]
    public async Task ReadAsync_PodsForbiddenWithProgress_TellsNothingForPods()
    {
        _api.Forbidden.Add("pods");
        var progress = new RecordingProgress();

        var (_, server) = await ReadAsync(progress: progress);
        await using var _ = server;

        Assert.DoesNotContain(progress.Reports, r => r.Resource == "pods");
        Assert.Contains(progress.Reports, r => r.Resource == "daemonsets");
    }

    /// <summary>Keeps what it is told, on the caller's thread (<see cref="Progress{T}"/> would post it elsewhere).</summary>
    private sealed class RecordingProgress : IProgress<(string Resource, int Read)>
    {
        public List<(string Resource, int Read)> Reports { get; } = [];

        public void Report((string Resource, int Read) value) => Reports.Add(value);
    }

    [Fact]
    public async Task ReadAsync_ConfigMapsForbidden_WarnsAndLeavesConfigMapSettingsUnknown()
    {
        _api.Forbidden.Add("configmaps");

        var (live, server) = await ReadAsync();
        await using var _ = server;

        var warning = Assert.Single(live.Warnings, w => w.JsonPath == "configmaps");
        Assert.StartsWith("list configmaps: forbidden (403) for this account: configmaps is forbidden: User \"system:serviceaccount:compatrules:reader\" cannot list resource", warning.Message, StringComparison.Ordinal);
        Assert.All(live.Nodes, n => Assert.DoesNotContain(n, f => f is ComponentSetting { Component: ComponentNames.KubeProxy, Name: "mode" } s && s.Provenance.Location.StartsWith("ConfigMap/", StringComparison.Ordinal)));
        Assert.Contains(live.Nodes, n => n.OfType<ComponentVersion>().Any(v => v.Component == ComponentNames.KubeProxy));
    }

    [Fact]
    public async Task ReadAsync_PodsForbidden_MakesComponentsNotCollectedWithTheReason()
    {
        _api.Forbidden.Add("pods");

        var (live, server) = await ReadAsync();
        await using var _ = server;

        Assert.All(live.Nodes, n =>
        {
            var status = Assert.Single(n.OfType<CollectionStatus>(), s => s.Subject == "component:*");
            Assert.Equal(CollectionState.NotCollected, status.State);
            Assert.Contains("list pods: forbidden (403)", status.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ReadAsync_NodesForbidden_IsAClearError()
    {
        _api.Forbidden.Add("nodes");

        var error = await Assert.ThrowsAsync<ClusterApiException>(() => ReadAsync());

        Assert.Contains("list nodes: forbidden (403) for this account: nodes is forbidden", error.Message, StringComparison.Ordinal);
        Assert.Contains("every report needs the nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_SlowAnswer_TimesOutWithAClearError()
    {
        var error = await Assert.ThrowsAsync<ClusterApiException>(() => ReadAsync(t => t.StartsWith("/api/v1/pods", StringComparison.Ordinal) ? new CannedAnswer(200, "{}", TimeSpan.FromSeconds(5)) : _api.Answer(t), timeoutSeconds: 1));

        Assert.Matches(@"^https://127\.0\.0\.1:\d+/?: list pods: no answer within 1 s$", error.Message);
    }

    [Fact]
    public async Task ReadAsync_BrokenConnection_IsAClearErrorNamingTheServer()
    {
        var error = await Assert.ThrowsAsync<ClusterApiException>(() => ReadAsync(t => t.StartsWith("/apis/apps/v1/daemonsets", StringComparison.Ordinal) ? new CannedAnswer(200, "{}", BreakConnection: true) : _api.Answer(t)));

        Assert.Matches(@"^https://127\.0\.0\.1:\d+/?: list daemonsets: ", error.Message);
    }

    [Fact]
    public async Task ReadAsync_UntrustedServerCertificate_IsAClearTlsError()
    {
        await using var server = new CannedApiServer(_api.Answer);
        var kubeconfig = server.WriteKubeconfig(_directory);
        File.WriteAllText(kubeconfig, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(kubeconfig), "certificate-authority-data: .*", "insecure-skip-tls-verify: false"));

        var error = await Assert.ThrowsAsync<ClusterApiException>(() => ClusterApi.ReadAsync(new ClusterApiOptions { KubeconfigPath = kubeconfig }, CancellationToken.None));

        Assert.Matches(@"^https://127\.0\.0\.1:\d+/?: list nodes: ", error.Message);
    }

    [Fact]
    public async Task ReadAsync_MissingKubeconfig_NamesIt()
    {
        var error = await Assert.ThrowsAsync<ClusterApiException>(() => ClusterApi.ReadAsync(new ClusterApiOptions { KubeconfigPath = Path.Combine(_directory, "nope") }, CancellationToken.None));

        Assert.StartsWith($"kubeconfig {Path.Combine(_directory, "nope")}: ", error.Message, StringComparison.Ordinal);
    }
}
