using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompatRules.Benchmarks.Fleet;

/// <summary>
/// Makes a synthetic <c>kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json</c> List of any size from
/// the sample inventory (samples/cluster-inventory/inventory.json): its nodes are cloned round-robin as
/// <c>node-00001</c>..., each with clones of the pods that ran on its template node; DaemonSets, Deployments and
/// ConfigMaps are kept once, as in a real cluster.
/// </summary>
public static class FleetInventoryGenerator
{
    /// <summary>The template inventory, copied next to the benchmark assembly.</summary>
    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "Fleet", "inventory-template.json");

    /// <summary>Generates an inventory of <paramref name="nodes"/> nodes as UTF-8 JSON.</summary>
    /// <param name="nodes">The number of nodes.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] Generate(int nodes)
    {
        var template = JsonNode.Parse(File.ReadAllText(TemplatePath))!.AsObject();
        var items = template["items"]!.AsArray();
        var templateNodes = items.Where(i => (string?)i!["kind"] == "Node").Select(i => i!.AsObject()).ToList();
        var podsByNode = items.Where(i => (string?)i!["kind"] == "Pod")
            .GroupBy(i => (string?)i!["spec"]?["nodeName"] ?? string.Empty)
            .ToDictionary(g => g.Key, g => g.Select(p => p!.AsObject()).ToList(), StringComparer.Ordinal);
        var output = new JsonArray();
        foreach (var item in items.Where(i => (string?)i!["kind"] is not ("Node" or "Pod")))
        {
            output.Add(item!.DeepClone());
        }

        for (var n = 0; n < nodes; n++)
        {
            var source = templateNodes[n % templateNodes.Count];
            var sourceName = (string)source["metadata"]!["name"]!;
            var name = $"node-{n + 1:D5}";
            var node = source.DeepClone().AsObject();
            node["metadata"]!["name"] = name;
            if (node["metadata"]!["labels"] is JsonObject labels && labels.ContainsKey("kubernetes.io/hostname"))
            {
                labels["kubernetes.io/hostname"] = name;
            }

            output.Add(node);
            foreach (var pod in podsByNode.GetValueOrDefault(sourceName) ?? [])
            {
                var clone = pod.DeepClone().AsObject();
                clone["metadata"]!["name"] = $"{(string)pod["metadata"]!["name"]!}-{n + 1:D5}";
                clone["spec"]!["nodeName"] = name;
                output.Add(clone);
            }
        }

        template["items"] = output;
        return JsonSerializer.SerializeToUtf8Bytes(template);
    }
}
