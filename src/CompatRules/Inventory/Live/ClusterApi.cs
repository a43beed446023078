using System.Net;
using System.Text.Json.Nodes;
using CompatRules.Facts;
using k8s;
using k8s.Autorest;

namespace CompatRules.Inventory.Live;

/// <summary>
/// Reads a live cluster through its API server with KubernetesClient and evaluates it exactly as a
/// <c>kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json</c> dump: every list is read in pages
/// (<c>limit</c>/<c>continue</c>), its items become one JSON <c>List</c>, and <see cref="ClusterInventory.Read"/> turns it
/// into fact sets (one code path from API objects to facts).
/// </summary>
/// <remarks>
/// Read-only: only <c>list</c> requests. A resource the account may not list (403) is skipped with a warning, and the
/// facts that need it say so: pods, daemonsets or deployments make <c>component:*</c> NotCollected with the reason;
/// configmaps leave settings from ConfigMaps unknown (the inventory's own warning names each); nodes are required, so
/// a 403 there is a <see cref="ClusterApiException"/>. Timeouts, TLS and connection errors are
/// <see cref="ClusterApiException"/>s naming the server and the request.
/// </remarks>
public static class ClusterApi
{
    private static readonly string[] ComponentResources = ["pods", "daemonsets", "deployments"];

    /// <summary>The resources <see cref="ReadAsync"/> lists, in the order it lists them; the names
    /// <see cref="ClusterApiOptions.Progress"/> is told.</summary>
    public static IReadOnlyList<string> ListedResources { get; } = ["nodes", "pods", "daemonsets", "deployments", "configmaps"];

    /// <summary>Reads the cluster that <paramref name="options"/> names.</summary>
    /// <param name="options">The kubeconfig, context and paging.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The nodes' facts and the warnings, as <see cref="ClusterInventory.Read"/> gives them for a dump.</returns>
    /// <exception cref="ClusterApiException">The API server could not be read.</exception>
    /// <exception cref="InventoryFormatException">The objects read are not a readable inventory (over the size cap).</exception>
    public static async Task<InventoryReadResult> ReadAsync(ClusterApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PageSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "PageSize must be at least 1");
        }

        var configuration = Configuration(options);
        configuration.HttpClientTimeout = options.RequestTimeout;
        using var client = new Kubernetes(configuration);
        var source = $"cluster {configuration.Host}" + (options.Context is null ? string.Empty : $" (context {options.Context})");
        var items = new JsonArray();
        var forbidden = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new PagedLister(configuration.Host, options, cancellationToken);

        await reader.ListAsync("nodes", "v1", "Node", items, forbidden, (c, limit) => client.CoreV1.ListNodeAsync(limit: limit, continueParameter: c, cancellationToken: cancellationToken), l => (l.Items, l.Metadata?.ContinueProperty));
        if (forbidden.TryGetValue("nodes", out var nodesDenied))
        {
            throw new ClusterApiException($"{source}: {nodesDenied}; every report needs the nodes (grant list on nodes, see samples/cluster-api)");
        }

        await reader.ListAsync("pods", "v1", "Pod", items, forbidden, (c, limit) => client.CoreV1.ListPodForAllNamespacesAsync(limit: limit, continueParameter: c, cancellationToken: cancellationToken), l => (l.Items, l.Metadata?.ContinueProperty));
        await reader.ListAsync("daemonsets", "apps/v1", "DaemonSet", items, forbidden, (c, limit) => client.AppsV1.ListDaemonSetForAllNamespacesAsync(limit: limit, continueParameter: c, cancellationToken: cancellationToken), l => (l.Items, l.Metadata?.ContinueProperty));
        await reader.ListAsync("deployments", "apps/v1", "Deployment", items, forbidden, (c, limit) => client.AppsV1.ListDeploymentForAllNamespacesAsync(limit: limit, continueParameter: c, cancellationToken: cancellationToken), l => (l.Items, l.Metadata?.ContinueProperty));
        await reader.ListAsync("configmaps", "v1", "ConfigMap", items, forbidden, (c, limit) => client.CoreV1.ListConfigMapForAllNamespacesAsync(limit: limit, continueParameter: c, cancellationToken: cancellationToken), l => (l.Items, l.Metadata?.ContinueProperty));

        var list = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = items };
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(list.ToJsonString()));
        var result = ClusterInventory.Read(stream, source, options.Inventory);
        return forbidden.Count == 0 ? result : Denied(result, source, forbidden);
    }

    private static KubernetesClientConfiguration Configuration(ClusterApiOptions options)
    {
        try
        {
            return options.KubeconfigPath is null && options.Context is null && KubernetesClientConfiguration.IsInCluster()
                ? KubernetesClientConfiguration.InClusterConfig()
                : KubernetesClientConfiguration.BuildConfigFromConfigFile(options.KubeconfigPath, options.Context);
        }
        catch (Exception e) when (e is k8s.Exceptions.KubeConfigException or IOException or UnauthorizedAccessException or ArgumentException or YamlDotNet.Core.YamlException)
        {
            throw new ClusterApiException($"kubeconfig {options.KubeconfigPath ?? "(default)"}{(options.Context is null ? string.Empty : $" context {options.Context}")}: {e.Message}", e);
        }
    }

    /// <summary>The read with what the forbidden resources leave unknown stated on every node, and one warning each.</summary>
    private static InventoryReadResult Denied(InventoryReadResult result, string source, Dictionary<string, string> forbidden)
    {
        var components = ComponentResources.Where(forbidden.ContainsKey).ToList();
        var nodes = result.Nodes;
        if (components.Count > 0)
        {
            var reason = string.Join("; ", components.Select(r => forbidden[r])) + ": components on these objects are not known";
            var provenance = new Provenance(SourceKind.Inventory, "inventory", source);
            nodes = [.. nodes.Select(node => FactSet.Create(node.Subject,
                [.. node.Where(f => f is not CollectionStatus { Subject: "component:*" }), new CollectionStatus(ComponentVersion.KeyPrefix + "*", CollectionState.NotCollected, reason) { Provenance = provenance }]))];
        }

        var warnings = forbidden.Select(p => new InventoryWarning(p.Key, null, p.Value + "; skipped")).ToList();
        return new InventoryReadResult(result.SourceName, nodes, [.. warnings, .. result.Warnings]);
    }

    /// <summary>Lists one resource page by page into the JSON items, giving each its kind and apiVersion (list items have none).</summary>
    private sealed class PagedLister(string? server, ClusterApiOptions options, CancellationToken cancellationToken)
    {
        public async Task ListAsync<TList, TItem>(string resource, string apiVersion, string kind, JsonArray items, Dictionary<string, string> forbidden,
            Func<string?, int, Task<TList>> list, Func<TList, (IList<TItem>? Items, string? Continue)> page)
        {
            string? next = null;
            var read = 0;
            do
            {
                TList answer;
                try
                {
                    answer = await list(next, options.PageSize).ConfigureAwait(false);
                }
                catch (HttpOperationException e) when (e.Response?.StatusCode == HttpStatusCode.Forbidden)
                {
                    forbidden[resource] = $"list {resource}: forbidden (403) for this account: {Message(e)}";
                    return;
                }
                catch (HttpOperationException e)
                {
                    throw new ClusterApiException($"{server}: list {resource}: {(int?)e.Response?.StatusCode} {e.Response?.ReasonPhrase}: {Message(e)}", e);
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new ClusterApiException($"{server}: list {resource}: no answer within {options.RequestTimeout.TotalSeconds:0.#} s", e);
                }
                catch (HttpRequestException e)
                {
                    throw new ClusterApiException($"{server}: list {resource}: {e.Message}{(e.InnerException is { } inner ? " (" + inner.Message + ")" : string.Empty)}", e);
                }

                var (objects, token) = page(answer);
                foreach (var item in objects ?? [])
                {
                    if (JsonNode.Parse(KubernetesJson.Serialize(item)) is JsonObject json)
                    {
                        json["apiVersion"] = apiVersion;
                        json["kind"] = kind;
                        items.Add((JsonNode)json);
                        read++;
                    }
                }

                options.Progress?.Report((resource, read));
                next = string.IsNullOrEmpty(token) ? null : token;
            }
            while (next is not null);
        }

        private static string Message(HttpOperationException e)
        {
            var content = e.Response?.Content;
            try
            {
                return content is not null && JsonNode.Parse(content)?["message"]?.GetValue<string>() is { Length: > 0 } message ? message : e.Message;
            }
            catch (System.Text.Json.JsonException)
            {
                return e.Message;
            }
        }
    }
}
