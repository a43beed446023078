using System.Text;
using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Inventory;

namespace CompatRules.Collectors.Tests.Containers;

/// <summary>One kube-proxy seen on the node (containerd's config.json and the mounted ConfigMap file) and in a cluster
/// inventory (its pod and ConfigMap) gives the same settings with different provenance; two kube-proxies that
/// disagree give both values, and the report names the conflict.</summary>
public sealed class SourcesAgreeTest : IDisposable
{
    private const string Task = "/run/containerd/io.containerd.runtime.v2.task/k8s.io/2b7d1c0e";
    private const string Volume = "/var/lib/kubelet/pods/8c5b6a3e-4f1d-4a7e-9b2c-3d4e5f6a7b8c/volumes/kubernetes.io~configmap/kube-proxy";
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static string Inventory(string config) => """
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "worker-1"}, "status": {"nodeInfo": {"kernelVersion": "6.1.0-31-amd64", "osImage": "Debian GNU/Linux 12 (bookworm)", "kubeletVersion": "v1.31.2", "containerRuntimeVersion": "containerd://1.7.24"}}},
          {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "kube-proxy", "namespace": "kube-system"}, "data": {"config.conf": CONFIG_TEXT}},
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-proxy-7hx4k", "namespace": "kube-system", "ownerReferences": [{"apiVersion": "apps/v1", "kind": "DaemonSet", "name": "kube-proxy", "controller": true}]},
           "spec": {"nodeName": "worker-1",
             "containers": [{"name": "kube-proxy", "image": "registry.k8s.io/kube-proxy:v1.31.2",
               "command": ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
               "volumeMounts": [{"name": "kube-proxy", "mountPath": "/var/lib/kube-proxy"}]}],
             "volumes": [{"name": "kube-proxy", "configMap": {"name": "kube-proxy"}}]},
           "status": {"phase": "Running"}}
        ]}
        """.Replace("CONFIG_TEXT", System.Text.Json.JsonSerializer.Serialize(config), StringComparison.Ordinal);

    private CollectorResult CollectNode()
    {
        _tree.Write($"{Task}/config.json", Fixture("containerd/kube-proxy.config.json"));
        _tree.Write($"{Volume}/..2026_11_30_08_15_02.1234567890/config.conf", Fixture("kube-proxy/kubeadm-config.conf"));
        _tree.Link($"{Volume}/..data", "..2026_11_30_08_15_02.1234567890");
        _tree.Link($"{Volume}/config.conf", "..data/config.conf");
        return new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();
    }

    private static FactSet ReadInventory(string config)
        => Assert.Single(ClusterInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(Inventory(config))), "dump.json").Nodes);

    private static string[] Derived(IEnumerable<Fact> facts)
        => facts.OfType<ComponentSetting>().Where(s => s.Name is "mode" or "ipvs.strictARP" or "--config").Select(s => $"{s.Key}={s.Value}")
            .Concat(facts.OfType<ComponentVersion>().Select(v => $"{v.Key}={v.Version}")).Order(StringComparer.Ordinal).ToArray();

    [LinuxFact]
    public void NodeAndInventory_SameKubeProxy_GiveTheSameSettingsWithTheirOwnProvenance()
    {
        var node = CollectNode();
        var cluster = ReadInventory(Fixture("kube-proxy/kubeadm-config.conf"));

        Assert.Equal(
            ["component:kube-proxy=v1.31.2", "setting:kube-proxy/--config=/var/lib/kube-proxy/config.conf", "setting:kube-proxy/ipvs.strictARP=true", "setting:kube-proxy/mode=ipvs"],
            Derived(node.Facts));
        Assert.Equal(Derived(node.Facts), Derived(cluster));
        var nodeMode = node.Facts.OfType<ComponentSetting>().Single(s => s.Name == "mode").Provenance;
        var clusterMode = cluster.OfType<ComponentSetting>().Single(s => s.Name == "mode").Provenance;
        Assert.Equal((SourceKind.File, SourceKind.Inventory), (nodeMode.Kind, clusterMode.Kind));
        Assert.Equal("ConfigMap/kube-system/kube-proxy data['config.conf']", clusterMode.Location);
        Assert.StartsWith("line 52: mode: ipvs; --config=/var/lib/kube-proxy/config.conf in ", nodeMode.Detail, StringComparison.Ordinal);
        Assert.StartsWith("line 52: mode: ipvs; --config=/var/lib/kube-proxy/config.conf in ", clusterMode.Detail, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void NodeAndInventory_Disagree_BothModesAreKeptAndTheReportNamesTheConflict()
    {
        var node = CollectNode();
        var cluster = ReadInventory("kind: KubeProxyConfiguration\nmode: iptables\n");
        var facts = FactSet.Create("worker-1", [.. node.Facts, .. cluster.Where(f => f is ComponentSetting { Name: "mode" }), KernelInfo.FromRelease("5.4.0-200-generic"),
            new Sysctl("net.ipv4.vs.conn_reuse_mode", "0")]);

        var report = CompatEngine.Default.Evaluate(facts);

        Assert.Equal(["ipvs", "iptables"], facts.OfType<ComponentSetting>().Where(s => s.Name == "mode").Select(s => s.Value));
        var note = Assert.Single(report["KPROXY-IPVS-CONN-REUSE"]!.Notes, n => n.StartsWith("Conflict: setting:kube-proxy/mode has 2 values", StringComparison.Ordinal));
        Assert.Contains("ipvs (file " + _tree.PathOf($"{Volume}/config.conf"), note, StringComparison.Ordinal);
        Assert.Contains("iptables (inventory ConfigMap/kube-system/kube-proxy data['config.conf']", note, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void TwoKubeProxyContainersOnTheNode_WithDifferentModes_BothAreKept()
    {
        CollectNode();
        _tree.Write("/run/containerd/io.containerd.runtime.v2.task/k8s.io/5e6f7a8b/config.json",
            Fixture("containerd/kube-proxy.config.json").Replace("\"--config=/var/lib/kube-proxy/config.conf\"", "\"--proxy-mode=nftables\"", StringComparison.Ordinal));

        var result = new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

        Assert.Equal(["ipvs", "nftables"], result.Facts.OfType<ComponentSetting>().Where(s => s.Name == "mode").Select(s => s.Value).Order(StringComparer.Ordinal));
    }
}
