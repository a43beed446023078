using System.Text.Json.Nodes;
using System.Web;

namespace CompatRules.Tests.Inventory.Live;

/// <summary>API server answers recorded from a cluster dump: each list endpoint gives its objects as the API server
/// does (a <c>NodeList</c>, <c>PodList</c> ... whose items carry no kind, <c>metadata.continue</c> while more remain,
/// honouring <c>limit</c>), and a 403 <c>Status</c> for the resources the account may not list.</summary>
internal sealed class RecordedApi(string dumpPath)
{
    private static readonly (string Path, string Kind, string ApiVersion)[] Endpoints =
    [
        ("/api/v1/nodes", "Node", "v1"),
        ("/api/v1/pods", "Pod", "v1"),
        ("/apis/apps/v1/daemonsets", "DaemonSet", "apps/v1"),
        ("/apis/apps/v1/deployments", "Deployment", "apps/v1"),
        ("/api/v1/configmaps", "ConfigMap", "v1"),
    ];

    private readonly JsonArray _items = JsonNode.Parse(File.ReadAllText(dumpPath))!["items"]!.AsArray();

    public HashSet<string> Forbidden { get; } = new(StringComparer.Ordinal);

    public CannedAnswer Answer(string target)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = HttpUtility.ParseQueryString(question < 0 ? string.Empty : target[(question + 1)..]);
        var endpoint = Endpoints.FirstOrDefault(e => e.Path == path);
        if (endpoint.Path is null)
        {
            return new CannedAnswer(404, """{"kind":"Status","apiVersion":"v1","status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","code":404}""");
        }

        var resource = path[(path.LastIndexOf('/') + 1)..];
        if (Forbidden.Contains(resource))
        {
            return new CannedAnswer(403, $$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{resource}} is forbidden: User \"system:serviceaccount:compatrules:reader\" cannot list resource \"{{resource}}\" in API group \"{{(endpoint.ApiVersion == "v1" ? "" : "apps")}}\" at the cluster scope","reason":"Forbidden","details":{"kind":"{{resource}}"},"code":403}""");
        }

        var all = _items.Where(i => i?["kind"]?.GetValue<string>() == endpoint.Kind).ToList();
        var start = int.TryParse(query["continue"], out var offset) ? offset : 0;
        var limit = int.TryParse(query["limit"], out var l) && l > 0 ? l : all.Count;
        var page = all.Skip(start).Take(limit).Select(i =>
        {
            var copy = i!.DeepClone().AsObject();
            copy.Remove("kind");
            copy.Remove("apiVersion");
            return (JsonNode)copy;
        }).ToArray();
        var metadata = new JsonObject { ["resourceVersion"] = "4711" };
        if (start + limit < all.Count)
        {
            metadata["continue"] = (start + limit).ToString(System.Globalization.CultureInfo.InvariantCulture);
            metadata["remainingItemCount"] = all.Count - start - limit;
        }

        var list = new JsonObject { ["kind"] = endpoint.Kind + "List", ["apiVersion"] = endpoint.ApiVersion, ["metadata"] = metadata, ["items"] = new JsonArray(page) };
        return new CannedAnswer(200, list.ToJsonString());
    }
}
