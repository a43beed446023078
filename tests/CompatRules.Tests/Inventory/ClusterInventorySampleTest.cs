using CompatRules.Facts;
using CompatRules.Inventory;

namespace CompatRules.Tests.Inventory;

public class ClusterInventorySampleTest
{
    private static readonly InventoryReadResult Sample = ClusterInventory.Load(InventoryJson.SamplePath);

    [Fact]
    public void Load_Sample_GivesThreeNodesOrderedByName()
    {
        Assert.Equal(["centos8-calico-1", "rocky-k0s-1", "ubuntu-kovn-1"], Sample.Nodes.Select(n => n.Subject));
        Assert.Equal(InventoryJson.SamplePath, Sample.SourceName);
    }

    [Fact]
    public void Load_UbuntuKubeOvnNode_HasKernelOsClusterKubeOvnAndTproxy()
    {
        var node = Sample.Node("ubuntu-kovn-1")!;

        var kernel = node.Single<KernelInfo>();
        Assert.Equal("5.15.0-124-generic", kernel.Release);
        Assert.Equal("x86_64", kernel.Architecture);
        Assert.Equal(new Provenance(SourceKind.Inventory, "Node/ubuntu-kovn-1 status.nodeInfo.kernelVersion"), kernel.Provenance);
        var os = node.Single<OsRelease>();
        Assert.Equal(("ubuntu", "22.04", "Ubuntu 22.04.5 LTS"), (os.Id, os.VersionId, os.PrettyName));
        Assert.True(os.IsLike("debian"));
        var cluster = node.Single<ClusterInfo>();
        Assert.Equal(ClusterDistributions.Kubernetes, cluster.Distribution);
        Assert.Equal("v1.31.4", cluster.KubernetesVersion!.Original);
        Assert.Null(cluster.DistributionVersion);

        var kubeOvn = Assert.Single(node.OfType<ComponentVersion>());
        Assert.Equal((ComponentNames.KubeOvn, "v1.14.0", "docker.io/kubeovn/kube-ovn:v1.14.0"), (kubeOvn.Component, kubeOvn.Version!.Original, kubeOvn.Image));
        Assert.Equal("Pod/kube-system/kube-ovn-cni-4hx8n spec.containers[0].image", kubeOvn.Provenance.Location);
        Assert.Equal("true", node.Setting(ComponentNames.KubeOvn, "ENABLE_TPROXY"));
        Assert.Equal("Pod/kube-system/kube-ovn-cni-4hx8n spec.containers[0].args[16]", node.WithKey("setting:kube-ovn/ENABLE_TPROXY").Single().Provenance.Location);
        Assert.Equal("false", node.Setting(ComponentNames.KubeOvn, "ENABLE_SSL"));
        Assert.Null(node.Setting(ComponentNames.KubeOvn, "GODEBUG"));
    }

    [Fact]
    public void Load_RockyK0sNode_HasK0sDistributionAndKubeRouterImageTag()
    {
        var node = Sample.Node("rocky-k0s-1")!;

        Assert.Equal("5.14.0-503.40.1.el9_5.x86_64", node.Single<KernelInfo>().Release);
        var os = node.Single<OsRelease>();
        Assert.Equal(("rocky", "9.5"), (os.Id, os.VersionId));
        Assert.True(os.IsLike("rhel"));
        var cluster = node.Single<ClusterInfo>();
        Assert.Equal(ClusterDistributions.K0s, cluster.Distribution);
        Assert.Equal("v1.31.2+k0s", cluster.DistributionVersion!.Original);

        var kubeRouter = node.Component(ComponentNames.KubeRouter);
        Assert.Equal("v2.2.1-iptables1.8.9-0", kubeRouter.Version!.Original);
        Assert.Equal("quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0", kubeRouter.Image);
        Assert.Equal("v1.31.2+k0s", node.Component(ComponentNames.K0s).Version!.Original);
        Assert.Equal("false", node.Setting(ComponentNames.KubeRouter, "--run-service-proxy"));
        Assert.Equal([ComponentNames.KubeRouter, ComponentNames.K0s], node.OfType<ComponentVersion>().Select(c => c.Component));
    }

    [Fact]
    public void Load_RhelCalicoNode_HasCalicoKubeProxyIpvsAndIpipEncapsulation()
    {
        var node = Sample.Node("centos8-calico-1")!;

        Assert.Equal("4.18.0-477.10.1.el8_8.x86_64", node.Single<KernelInfo>().Release);
        var os = node.Single<OsRelease>();
        Assert.Equal(("rhel", "8.8"), (os.Id, os.VersionId));
        Assert.Equal("v1.28.3", node.Single<ClusterInfo>().KubernetesVersion!.Original);

        Assert.Equal("v3.25.1", node.Component(ComponentNames.Calico).Version!.Original);
        Assert.Equal("v1.28.3", node.Component(ComponentNames.KubeProxy).Version!.Original);
        Assert.Equal("ipvs", node.Setting(ComponentNames.KubeProxy, "mode"));
        var mode = node.WithKey("setting:kube-proxy/mode").Single().Provenance;
        Assert.Equal("ConfigMap/kube-system/kube-proxy data['config.conf']", mode.Location);
        Assert.StartsWith("line 12: mode: ipvs; --config=/var/lib/kube-proxy/config.conf in Pod/kube-system/kube-proxy-", mode.Detail, StringComparison.Ordinal);
        Assert.Equal("true", node.Setting(ComponentNames.KubeProxy, "ipvs.strictARP"));
        Assert.Equal("Always", node.Setting(ComponentNames.Calico, "CALICO_IPV4POOL_IPIP"));
        Assert.Equal("Never", node.Setting(ComponentNames.Calico, "CALICO_IPV4POOL_VXLAN"));
        Assert.Equal("IPIP", node.Setting(ComponentNames.Calico, "encapsulation"));
        Assert.Equal("bird", node.Setting(ComponentNames.Calico, "CALICO_NETWORKING_BACKEND"));
        Assert.Null(node.Setting(ComponentNames.Calico, "FELIX_IPTABLESBACKEND"));
    }

    [Fact]
    public void Load_EveryNode_SaysWhatTheApiCannotShow()
    {
        foreach (var node in Sample.Nodes)
        {
            var statuses = node.OfType<CollectionStatus>().ToDictionary(s => s.Subject, s => s.State);
            Assert.Equal(
                new Dictionary<string, CollectionState>
                {
                    ["iptables"] = CollectionState.NotCollected,
                    ["socket:*"] = CollectionState.NotCollected,
                    ["sysctl:*"] = CollectionState.NotCollected,
                    ["interface:*"] = CollectionState.NotCollected,
                    ["kernel-config"] = CollectionState.NotCollected,
                    ["kernel-modules"] = CollectionState.NotCollected,
                    ["component:*"] = CollectionState.Collected,
                },
                statuses);
            Assert.Equal(
                "iptables: NotCollected (not visible in the Kubernetes API; run compatrules check on the node)",
                node.OfType<CollectionStatus>().First().ToString());
            Assert.All(node, fact => Assert.Equal(SourceKind.Inventory, fact.Provenance.Kind));
        }
    }

    [Fact]
    public void Load_Sample_FieldRefEnvOnly_NoWarnings()
    {
        // The sample's unresolved env all come from fieldRef (node name, pod IP): per-pod values, not configuration.
        Assert.Empty(Sample.Warnings);
    }
}
