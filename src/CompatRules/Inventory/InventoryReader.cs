using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Text;

namespace CompatRules.Inventory;

/// <summary>Turns a parsed inventory into one fact set per node: one pass over the items reads the nodes, ConfigMaps
/// and workloads and chooses each node's pods; then <see cref="BuildNodes"/> reads a node's pods and builds its facts
/// only when it is asked for the node, so no more than one node's components and settings are held at a time.
/// Every lookup is a dictionary keyed by node, namespace or name.</summary>
internal sealed class InventoryReader
{
    private readonly string? _sourceName;
    private readonly InventoryDiagnostics _diagnostics = new();
    private readonly ConfigMapIndex _configMaps = new();
    private readonly ClusterHints _hints = new();
    private readonly Dictionary<string, NodeRecord> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PodCandidate> _podsByNodeAndOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PodCandidate>> _podsByNode = new(StringComparer.Ordinal);
    private readonly PodSpecReader _podSpecs;
    private bool _built;
    private int _builtCount;

    private InventoryReader(string? sourceName)
    {
        _sourceName = sourceName;
        _podSpecs = new PodSpecReader(_configMaps, _diagnostics);
    }

    /// <summary>The number of nodes <see cref="BuildNodes"/> yields.</summary>
    public int NodeCount => _built ? _builtCount : _nodes.Count;

    /// <summary>What was skipped or only partly read so far, in document order.</summary>
    public IReadOnlyList<InventoryWarning> Warnings(JsonLineLocator locator) => _diagnostics.Finish(locator);

    /// <summary>Reads the items of <paramref name="document"/>, which must outlive the reader.</summary>
    /// <exception cref="InventoryFormatException">The root is not a List or a Node.</exception>
    public static InventoryReader Read(JsonDocument document, string? sourceName, JsonLineLocator locator)
    {
        var reader = new InventoryReader(sourceName);
        reader.ReadItems(reader.Items(document.RootElement, locator));
        return reader;
    }

    private List<(JsonElement Item, string Path)> Items(JsonElement root, JsonLineLocator locator)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InventoryFormatException(_sourceName, JsonPath.Root, locator.LineOf(JsonPath.Root), $"the root is {JsonKinds.Describe(root.ValueKind)}", "a JSON object with kind List or Node");
        }

        var kind = JsonAccess.String(root, "kind");
        if (kind == "Node")
        {
            return [(root, JsonPath.Root)];
        }

        if (kind is null)
        {
            var path = root.TryGetProperty("kind", out _) ? "$.kind" : JsonPath.Root;
            throw new InventoryFormatException(_sourceName, path, locator.LineOf(path), root.TryGetProperty("kind", out _) ? "kind is not a string" : "the root object has no kind", "kind List (kubectl get … -o json) or Node");
        }

        if (kind != "List" && !kind.EndsWith("List", StringComparison.Ordinal))
        {
            throw new InventoryFormatException(_sourceName, "$.kind", locator.LineOf("$.kind"), $"kind is '{kind}'", "kind List (kubectl get … -o json) or Node");
        }

        if (JsonAccess.Array(root, "items") is not { } items)
        {
            var path = root.TryGetProperty("items", out _) ? "$.items" : JsonPath.Root;
            throw new InventoryFormatException(_sourceName, path, locator.LineOf(path), root.TryGetProperty("items", out var wrong) ? $"items is {JsonKinds.Describe(wrong.ValueKind)}" : "the List has no items", "an items array");
        }

        var list = new List<(JsonElement, string)>(items.GetArrayLength());
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            list.Add((item, ItemPath(index++)));
        }

        return list;
    }

    private static string ItemPath(int index) => JsonPath.Index(JsonPath.Property(JsonPath.Root, "items"), index);

    private void ReadItems(List<(JsonElement Item, string Path)> items)
    {
        var pods = new List<(JsonElement, string)>();
        var workloads = new List<(JsonElement, string, string)>();
        foreach (var (item, path) in items)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                _diagnostics.Warn(path, $"the item is {JsonKinds.Describe(item.ValueKind)}, expected an object; skipped");
                continue;
            }

            var kind = JsonAccess.String(item, "kind");
            if (string.IsNullOrEmpty(kind))
            {
                _diagnostics.Warn(path, "the item has no kind; skipped");
                continue;
            }

            if (JsonAccess.Object(item, "metadata") is not { } metadata)
            {
                _diagnostics.Warn(path, $"the {kind} has no metadata object; skipped");
                continue;
            }

            if (JsonAccess.String(metadata, "namespace") is { } ns && ns.StartsWith("openshift-", StringComparison.Ordinal))
            {
                _hints.HasOpenShiftNamespaces = true;
            }

            switch (kind)
            {
                case "Node":
                    AddNode(item, path);
                    break;
                case "Pod":
                    pods.Add((item, path));
                    break;
                case "ConfigMap":
                    AddConfigMap(item, metadata, path);
                    break;
                case "DaemonSet" or "Deployment":
                    workloads.Add((item, path, kind));
                    break;
            }
        }

        foreach (var (item, path, kind) in workloads)
        {
            new WorkloadItemReader(_podSpecs, _hints, _diagnostics).Read(item, path, kind);
        }

        foreach (var (item, path) in pods)
        {
            ChoosePod(item, path);
        }

        foreach (var candidate in _podsByNodeAndOwner.Values)
        {
            if (!_nodes.ContainsKey(candidate.NodeName))
            {
                _diagnostics.WarnOnce($"missing-node:{candidate.NodeName}", candidate.Path, $"Pod/{candidate.Namespace}/{candidate.Name} is on node {candidate.NodeName}, which is not in the inventory; its components are not attributed");
                continue;
            }

            if (!_podsByNode.TryGetValue(candidate.NodeName, out var onNode))
            {
                onNode = [];
                _podsByNode.Add(candidate.NodeName, onNode);
            }

            onNode.Add(candidate);
        }

        _podsByNodeAndOwner.Clear();
    }

    private void AddNode(JsonElement item, string path)
    {
        if (JsonAccess.String(item, "metadata", "name") is { } name && _nodes.TryGetValue(name, out var first))
        {
            _diagnostics.Warn(path, $"Node/{InputEcho.Cut(name)} appears again (first at {first.JsonPath}); the later one is skipped");
            return;
        }

        if (NodeItemReader.Read(item, path, _diagnostics) is { } node)
        {
            _nodes.Add(node.Name, node);
        }
    }

    private void AddConfigMap(JsonElement item, JsonElement metadata, string path)
    {
        if (JsonAccess.String(metadata, "name") is { } name && JsonAccess.Object(item, "data") is { } data)
        {
            _configMaps.Add(JsonAccess.String(metadata, "namespace"), name, data, JsonPath.Property(path, "data"));
        }
    }

    /// <summary>Keeps, per node and owning workload, the pod that best shows what runs there.</summary>
    private void ChoosePod(JsonElement pod, string path)
    {
        var metadata = JsonAccess.Object(pod, "metadata")!.Value;
        var name = JsonAccess.String(metadata, "name");
        if (string.IsNullOrEmpty(name))
        {
            _diagnostics.Warn(path, "the Pod has no metadata.name; skipped");
            return;
        }

        var ns = JsonAccess.String(metadata, "namespace") ?? "default";
        if (JsonAccess.Object(pod, "spec") is not { } spec)
        {
            _diagnostics.Warn(path, $"Pod/{InputEcho.Cut(ns)}/{InputEcho.Cut(name)} has no spec object; skipped");
            return;
        }

        var owner = ControllerOf(metadata);
        if (owner is { Kind: "ReplicaSet" })
        {
            // A Deployment's pod runs a cluster-wide controller: its version goes to every node (docs/inventory.md).
            if (PodCandidate.RankOf(pod) >= 3)
            {
                _podSpecs.Read(InventoryProvenance.ObjectRef("Pod", ns, name), ns, metadata, spec, JsonPath.Property(path, "spec"), "spec", new WorkloadItemReader.ClusterComponentSink(_hints), readSettings: false);
            }

            return;
        }

        var nodeName = JsonAccess.String(spec, "nodeName");
        if (string.IsNullOrEmpty(nodeName) && owner is { Kind: "DaemonSet" })
        {
            nodeName = PinnedNode(spec);
        }

        if (string.IsNullOrEmpty(nodeName))
        {
            return;
        }

        var ownerKey = owner is { } o ? $"{o.Kind}/{o.Name}" : $"Pod/{name}";
        var candidate = new PodCandidate(pod, path, ns, name, nodeName, PodCandidate.RankOf(pod), JsonAccess.String(metadata, "creationTimestamp") ?? string.Empty);
        var key = $"{nodeName}\0{ns}\0{ownerKey}";
        if (!_podsByNodeAndOwner.TryGetValue(key, out var current) || candidate.Beats(current))
        {
            _podsByNodeAndOwner[key] = candidate;
        }
    }

    private void ReadPod(PodCandidate candidate, NodeRecord node)
    {
        var metadata = JsonAccess.Object(candidate.Pod, "metadata");
        var spec = JsonAccess.Object(candidate.Pod, "spec")!.Value;
        _podSpecs.Read(InventoryProvenance.ObjectRef("Pod", candidate.Namespace, candidate.Name), candidate.Namespace, metadata, spec, JsonPath.Property(candidate.Path, "spec"), "spec", new NodeSink(node), readSettings: true);
    }

    private static (string Kind, string Name)? ControllerOf(JsonElement metadata)
    {
        (string, string)? first = null;
        foreach (var (_, reference) in JsonAccess.Elements(JsonAccess.Array(metadata, "ownerReferences")))
        {
            if (JsonAccess.String(reference, "kind") is { } kind && JsonAccess.String(reference, "name") is { } name)
            {
                if (JsonAccess.Member(reference, "controller", JsonValueKind.True) is not null)
                {
                    return (kind, name);
                }

                first ??= (kind, name);
            }
        }

        return first;
    }

    /// <summary>The node a pending DaemonSet pod is pinned to by its <c>matchFields metadata.name In [node]</c> term.</summary>
    private static string? PinnedNode(JsonElement spec)
    {
        var terms = JsonAccess.Object(spec, "affinity") is { } affinity
            && JsonAccess.Object(affinity, "nodeAffinity") is { } nodeAffinity
            && JsonAccess.Object(nodeAffinity, "requiredDuringSchedulingIgnoredDuringExecution") is { } required
            ? JsonAccess.Array(required, "nodeSelectorTerms")
            : null;
        foreach (var (_, term) in JsonAccess.Elements(terms))
        {
            foreach (var (_, field) in JsonAccess.Elements(JsonAccess.Array(term, "matchFields")))
            {
                if (JsonAccess.String(field, "key") == "metadata.name" && JsonAccess.String(field, "operator") == "In"
                    && JsonAccess.Array(field, "values") is { } values && values.GetArrayLength() == 1 && values[0].ValueKind == JsonValueKind.String)
                {
                    return values[0].GetString();
                }
            }
        }

        return null;
    }

    /// <summary>The nodes' fact sets, ordered by name (ordinal), each built when it is reached: its pods are read
    /// then, and nothing of it is kept once the next is asked for. Enumerable once.</summary>
    /// <exception cref="InvalidOperationException">The nodes were already enumerated.</exception>
    public IEnumerable<FactSet> BuildNodes()
    {
        if (_built)
        {
            throw new InvalidOperationException("an inventory's nodes can be enumerated once");
        }

        _built = true;
        _builtCount = _nodes.Count;
        NodeRecord?[] records = [.. _nodes.Values.OrderBy(n => n.Name, StringComparer.Ordinal)];
        _nodes.Clear(); // from now on only the enumeration holds the records, and drops each once built
        return Build(records);
    }

    private IEnumerable<FactSet> Build(NodeRecord?[] records)
    {
        var statuses = InventoryStatuses.For(_sourceName).ToArray();
        for (var i = 0; i < records.Length; i++)
        {
            var node = records[i]!;
            records[i] = null; // built and handed out: the caller decides how long the facts live
            foreach (var candidate in _podsByNode.Remove(node.Name, out var pods) ? pods : [])
            {
                ReadPod(candidate, node);
            }

            var facts = new List<Fact>(node.NodeFacts.Count + node.Components.Count + node.Settings.Count + statuses.Length + 4);
            facts.AddRange(node.NodeFacts.Where(f => f is not CollectionStatus));
            var cluster = DistributionDetector.Detect(node, _hints);
            facts.Add(cluster);
            facts.AddRange(node.Components);
            foreach (var component in _hints.ClusterComponents)
            {
                if (!node.HasComponentVersion(component.Component, component.Version?.Original))
                {
                    facts.Add(component);
                }
            }

            if (cluster.Is(ClusterDistributions.K0s) && cluster.DistributionVersion is { } k0s)
            {
                facts.Add(new ComponentVersion(ComponentNames.K0s, k0s) { Provenance = cluster.Provenance });
            }

            facts.AddRange(node.Settings);
            facts.AddRange(node.NodeFacts.OfType<CollectionStatus>());
            facts.AddRange(statuses);
            yield return FactSet.Create(node.Name, facts);
        }
    }

    private sealed class NodeSink(NodeRecord node) : IComponentSink
    {
        public void Add(ComponentVersion component) => node.Add(component);

        public void Add(ComponentSetting setting) => node.Add(setting);

        public void SawK0sImage() => node.RunsK0sImages = true;
    }
}
