using System.Text;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

/// <summary>Builds small, realistic inventory documents for the tests and reads them.</summary>
internal static class InventoryJson
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string FixturePath(string name) => Path.Combine(RepositoryRoot, "tests", "CompatRules.Tests", "Inventory", "Fixtures", name);

    public static string SamplePath => Path.Combine(RepositoryRoot, "samples", "cluster-inventory", "inventory.json");

    public static InventoryReadResult Read(string json, InventoryOptions? options = null)
        => ClusterInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json", options);

    public static string List(params string[] items) =>
        $$"""
        {
            "apiVersion": "v1",
            "kind": "List",
            "metadata": {"resourceVersion": ""},
            "items": [
        {{string.Join(",\n", items)}}
            ]
        }
        """;

    public static string Node(
        string name,
        string kernel = "5.15.0-124-generic",
        string osImage = "Ubuntu 22.04.5 LTS",
        string kubelet = "v1.31.4",
        string runtime = "containerd://1.7.22",
        string? kubeProxyVersion = null,
        string labels = "{}") =>
        $$"""
        {
            "apiVersion": "v1",
            "kind": "Node",
            "metadata": {"name": {{Q(name)}}, "labels": {{labels}}},
            "status": {
                "nodeInfo": {
                    "architecture": "amd64",
                    "containerRuntimeVersion": {{Q(runtime)}},
                    "kernelVersion": {{Q(kernel)}},
                    "kubeProxyVersion": {{Q(kubeProxyVersion ?? kubelet)}},
                    "kubeletVersion": {{Q(kubelet)}},
                    "operatingSystem": "linux",
                    "osImage": {{Q(osImage)}}
                }
            }
        }
        """;

    /// <summary>A pod; <paramref name="containers"/> is the JSON array body of <c>spec.containers</c>.</summary>
    public static string Pod(
        string ns,
        string name,
        string? nodeName,
        string containers,
        string ownerKind = "DaemonSet",
        string? ownerName = null,
        string phase = "Running",
        string? initContainers = null,
        string extraSpec = "",
        string extraMetadata = "",
        string created = "2026-11-19T08:14:03Z") =>
        $$"""
        {
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {
                "name": {{Q(name)}},
                "namespace": {{Q(ns)}},
                "creationTimestamp": {{Q(created)}},
                {{extraMetadata}}
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": {{Q(ownerKind)}}, "name": {{Q(ownerName ?? name)}}, "controller": true}]
            },
            "spec": {
                {{(nodeName is null ? string.Empty : $"\"nodeName\": {Q(nodeName)},")}}
                {{extraSpec}}
                {{(initContainers is null ? string.Empty : $"\"initContainers\": [{initContainers}],")}}
                "containers": [{{containers}}]
            },
            "status": {"phase": {{Q(phase)}}}
        }
        """;

    public static string Container(string name, string image, string env = "[]", string args = "[]", string command = "[]") =>
        $$"""{"name": {{Q(name)}}, "image": {{Q(image)}}, "command": {{command}}, "args": {{args}}, "env": {{env}}}""";

    public static string ConfigMap(string ns, string name, string key, string value) =>
        $$$"""{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": {{{Q(name)}}}, "namespace": {{{Q(ns)}}}}, "data": {{{{Q(key)}}}: {{{Q(value)}}}}}""";

    public static string Deployment(string ns, string name, string containers) =>
        $$"""
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": {{Q(name)}}, "namespace": {{Q(ns)}} },
            "spec": {"template": {"metadata": {"labels": {"app": {{Q(name)}} } }, "spec": {"containers": [{{containers}}]} } }
        }
        """;

    public static string Q(string text) => JsonSerializer.Serialize(text);

    public static T Single<T>(this FactSet facts) where T : Fact => Assert.Single(facts.OfType<T>());

    public static ComponentVersion Component(this FactSet facts, string component)
        => Assert.Single(facts.OfType<ComponentVersion>(), c => c.Component == component);

    public static string? Setting(this FactSet facts, string component, string name)
        => facts.OfType<ComponentSetting>().SingleOrDefault(s => s.Component == component && s.Name == name)?.Value;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CompatRules.sln not found above " + AppContext.BaseDirectory);
    }
}
