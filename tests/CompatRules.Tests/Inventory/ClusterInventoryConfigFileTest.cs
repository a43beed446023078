using CompatRules.Facts;
using static CompatRules.Tests.Inventory.InventoryJson;

namespace CompatRules.Tests.Inventory;

/// <summary>A file a flag names is found through the container's volumeMounts and the pod's ConfigMap volumes, by
/// the same flag and KubeProxyConfiguration reader as on the node.</summary>
public class ClusterInventoryConfigFileTest
{
    private static string KubeProxyPod(string config, string mounts, string volumes) => Pod(
        "kube-system", "kube-proxy-a", "w1",
        $$"""{"name": "kube-proxy", "image": "registry.k8s.io/kube-proxy:v1.31.2", "command": ["/usr/local/bin/kube-proxy", {{Q(config)}}], "volumeMounts": {{mounts}}}""",
        ownerName: "kube-proxy",
        extraSpec: $"\"volumes\": {volumes},");

    [Fact]
    public void Read_ConfigOnAMountedConfigMapWithItems_ReadsThatKey()
    {
        var result = Read(List(
            Node("w1"),
            ConfigMap("kube-system", "proxy-settings", "kubeproxy.yaml", "kind: KubeProxyConfiguration\nmode: nftables\nnftables:\n  skipKernelVersionCheck: true\n"),
            KubeProxyPod("--config=/etc/kp/proxy.yaml",
                """[{"name": "cfg", "mountPath": "/etc/kp", "readOnly": true}]""",
                """[{"name": "cfg", "configMap": {"name": "proxy-settings", "items": [{"key": "kubeproxy.yaml", "path": "proxy.yaml"}]}}]""")));

        var node = result.Nodes[0];
        Assert.Equal("nftables", node.Setting(ComponentNames.KubeProxy, "mode"));
        Assert.Equal("true", node.Setting(ComponentNames.KubeProxy, "nftables.skipKernelVersionCheck"));
        var mode = node.WithKey("setting:kube-proxy/mode").Single().Provenance;
        Assert.Equal("ConfigMap/kube-system/proxy-settings data['kubeproxy.yaml']", mode.Location);
        Assert.Equal("line 2: mode: nftables; --config=/etc/kp/proxy.yaml in Pod/kube-system/kube-proxy-a spec.containers[0].command[1]", mode.Detail);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_ConfigInNoConfigMapOfTheInventory_LeavesModeUnknownWithAWarning()
    {
        var result = Read(List(
            Node("w1"),
            KubeProxyPod("--config=/var/lib/kube-proxy/config.conf", "[]", "[]")));

        Assert.Null(result.Nodes[0].Setting(ComponentNames.KubeProxy, "mode"));
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("--config=/var/lib/kube-proxy/config.conf names a file that no ConfigMap of the inventory holds", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("kube-proxy mode is not known", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConfigThatIsNotAKubeProxyConfiguration_WarnsWithTheKeyAndLine()
    {
        var result = Read(List(
            Node("w1"),
            ConfigMap("kube-system", "kube-proxy", "config.conf", "mode: ipvs\nmode: iptables\n"),
            KubeProxyPod("--config=/var/lib/kube-proxy/config.conf", "[]", "[]")));

        Assert.Null(result.Nodes[0].Setting(ComponentNames.KubeProxy, "mode"));
        Assert.StartsWith("ConfigMap/kube-system/kube-proxy data['config.conf']:2: mode is set twice (first on line 1)", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
    }
}
