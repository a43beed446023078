using CompatRules.Facts;
using static CompatRules.Tests.Inventory.InventoryJson;

namespace CompatRules.Tests.Inventory;

/// <summary>One test per pitfall of inventory.md §2.2, §3 and §6.</summary>
public class ClusterInventoryPitfallTest
{
    private const string CalicoNode = "docker.io/calico/node:v3.28.1";

    [Fact]
    public void Read_KubeProxyVersionOnNodeWithoutKubeProxyPod_GivesNoKubeProxyComponent()
    {
        var result = Read(List(Node("w1", kubelet: "v1.32.1", kubeProxyVersion: "v1.32.1")));

        var node = Assert.Single(result.Nodes);
        Assert.Empty(node.WithKey(ComponentVersion.KeyFor(ComponentNames.KubeProxy)));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_KubeProxyPodNewerThanKubeProxyVersionField_UsesTheImageTag()
    {
        var result = Read(List(
            Node("w1", kubelet: "v1.31.0", kubeProxyVersion: "v1.31.0"),
            Pod("kube-system", "kube-proxy-abcde", "w1", Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.2"), ownerName: "kube-proxy")));

        Assert.Equal("v1.31.2", result.Nodes[0].Component(ComponentNames.KubeProxy).Version!.Original);
    }

    [Fact]
    public void Read_PendingDaemonSetPodWithoutNodeName_IsAttributedThroughMatchFields()
    {
        const string affinity = """
            "affinity": {"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
                {"matchFields": [{"key": "metadata.name", "operator": "In", "values": ["w2"]}]}]}}},
            """;
        var result = Read(List(
            Node("w1"),
            Node("w2"),
            Pod("kube-system", "calico-node-zz9", null, Container("calico-node", CalicoNode), ownerName: "calico-node", phase: "Pending", extraSpec: affinity)));

        Assert.Empty(result.Node("w1")!.OfType<ComponentVersion>());
        Assert.Equal("v3.28.1", result.Node("w2")!.Component(ComponentNames.Calico).Version!.Original);
    }

    [Fact]
    public void Read_UnscheduledPodWithoutDaemonSetPin_IsNotAttributed()
    {
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "calico-node-zz9", null, Container("calico-node", CalicoNode), ownerName: "calico-node", phase: "Pending")));

        Assert.Empty(result.Nodes[0].OfType<ComponentVersion>());
    }

    [Fact]
    public void Read_TerminatingOldPodAndRunningNewPodOnOneNode_KeepsTheRunningPod()
    {
        const string deleting = "\"deletionTimestamp\": \"2026-11-20T10:00:00Z\",";
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "calico-node-new", "w1", Container("calico-node", CalicoNode), ownerName: "calico-node", created: "2026-11-20T10:00:05Z"),
            Pod("kube-system", "calico-node-old", "w1", Container("calico-node", "docker.io/calico/node:v3.27.3"), ownerName: "calico-node", extraMetadata: deleting, created: "2026-01-02T00:00:00Z")));

        var calico = Assert.Single(result.Nodes[0].OfType<ComponentVersion>());
        Assert.Equal("v3.28.1", calico.Version!.Original);
        Assert.Equal("Pod/kube-system/calico-node-new spec.containers[0].image", calico.Provenance.Location);
    }

    [Fact]
    public void Read_TwoPendingPodsOfOneDaemonSet_KeepsTheNewest()
    {
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "kr-a", "w1", Container("kube-router", "quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0"), ownerName: "kube-router", phase: "Pending", created: "2026-11-01T00:00:00Z"),
            Pod("kube-system", "kr-b", "w1", Container("kube-router", "quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-1"), ownerName: "kube-router", phase: "Pending", created: "2026-11-02T00:00:00Z")));

        Assert.Equal("v2.2.1-iptables1.8.9-1", result.Nodes[0].Component(ComponentNames.KubeRouter).Version!.Original);
    }

    [Fact]
    public void Read_DigestOnlyImage_RecordsTheComponentWithoutVersionAndWarns()
    {
        const string image = "quay.io/calico/node@sha256:4f4a1a8cbcd2d6bb1be54d2fd0f8b7d2ecb2b4ab6ba4b3bc9e3fa49b4b1e0a11";
        var result = Read(List(Node("w1"), Pod("calico-system", "calico-node-x", "w1", Container("calico-node", image), ownerName: "calico-node")));

        var calico = result.Nodes[0].Component(ComponentNames.Calico);
        Assert.Null(calico.Version);
        Assert.Equal(image, calico.Image);
        Assert.Equal("image has only a digest", calico.Provenance.Detail);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.items[1].spec.containers[0].image", warning.JsonPath);
        Assert.Equal($"Pod/calico-system/calico-node-x: image '{image}' has only a digest; calico is recorded without a version", warning.Message);
    }

    [Fact]
    public void Read_TagAndDigest_UsesTheTag()
    {
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-x", "w1", Container("calico-node", "docker.io/calico/node:v3.28.1@sha256:" + new string('a', 64)), ownerName: "calico-node")));

        Assert.Equal("v3.28.1", result.Nodes[0].Component(ComponentNames.Calico).Version!.Original);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_SpiderpoolDigestOnlyWithVersionLabel_TakesTheVersionFromTheLabel()
    {
        const string labels = "\"labels\": {\"app.kubernetes.io/version\": \"0.9.13\"},";
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "spiderpool-agent-q", "w1", Container("spiderpool-agent", "ghcr.io/spidernet-io/spiderpool/spiderpool-agent@sha256:" + new string('b', 64)), ownerName: "spiderpool-agent", extraMetadata: labels)));

        var spiderpool = result.Nodes[0].Component(ComponentNames.Spiderpool);
        Assert.Equal("0.9.13", spiderpool.Version!.Original);
        Assert.Equal("Pod/kube-system/spiderpool-agent-q metadata.labels['app.kubernetes.io/version']", spiderpool.Provenance.Location);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("docker.io/cloudnativelabs/kube-router", "image has no tag (it means latest)")]
    [InlineData("docker.io/cloudnativelabs/kube-router:latest", "tag 'latest' is not a version")]
    public void Read_KubeRouterWithoutVersionTag_RecordsNoVersion(string image, string detail)
    {
        var result = Read(List(Node("w1"), Pod("kube-system", "kube-router-x", "w1", Container("kube-router", image), ownerName: "kube-router")));

        var kubeRouter = result.Nodes[0].Component(ComponentNames.KubeRouter);
        Assert.Null(kubeRouter.Version);
        Assert.Equal(detail, kubeRouter.Provenance.Detail);
        Assert.Single(result.Warnings);
    }

    [Theory]
    [InlineData("registry.example.com:5000/calico/node:v3.28.1", "calico-node", ComponentNames.Calico, "v3.28.1")]
    [InlineData("index.docker.io/calico/node:v3.28.1", "calico-node", ComponentNames.Calico, "v3.28.1")]
    [InlineData("calico/node:v3.28.1-arm64", "calico-node", ComponentNames.Calico, "v3.28.1")]
    [InlineData("rancher/hardened-calico:v3.28.1-build20240806", "calico-node", ComponentNames.Calico, "v3.28.1")]
    [InlineData("quay.io/k0sproject/calico-node:v3.28.2-0", "calico-node", ComponentNames.Calico, "v3.28.2")]
    [InlineData("rancher/mirrored-calico-node:v3.29.1", "calico-node", ComponentNames.Calico, "v3.29.1")]
    [InlineData("docker.io/kubeovn/kube-ovn:v1.13.14-x86", "cni-server", ComponentNames.KubeOvn, "v1.13.14")]
    [InlineData("docker.io/kubeovn/kube-ovn:v1.14.0-debug-arm", "cni-server", ComponentNames.KubeOvn, "v1.14.0")]
    [InlineData("docker.io/kubeovn/kube-ovn:v1.12.30-amd64-legacy", "cni-server", ComponentNames.KubeOvn, "v1.12.30")]
    [InlineData("index.docker.io/rancher/hardened-kubernetes:v1.31.4-rke2r1-build20241212", "kube-proxy", ComponentNames.KubeProxy, "v1.31.4")]
    [InlineData("k8s.gcr.io/kube-proxy-amd64:v1.10.13", "kube-proxy", ComponentNames.KubeProxy, "v1.10.13")]
    [InlineData("quay.io/k0sproject/kube-proxy:v1.31.2", "kube-proxy", ComponentNames.KubeProxy, "v1.31.2")]
    [InlineData("quay.io/submariner/submariner-route-agent:0.20.1", "submariner-routeagent", ComponentNames.Submariner, "0.20.1")]
    [InlineData("ghcr.io/spidernet-io/spiderpool/spiderpool-agent:v0.9.13", "spiderpool-agent", ComponentNames.Spiderpool, "v0.9.13")]
    [InlineData("quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0", "kube-router", ComponentNames.KubeRouter, "v2.2.1-iptables1.8.9-0")]
    [InlineData("docker.io/cloudnativelabs/kube-router:v2.1.2", "kube-router", ComponentNames.KubeRouter, "v2.1.2")]
    [InlineData("quay.io/cilium/cilium:v1.16.5", "cilium-agent", ComponentNames.Cilium, "v1.16.5")]
    [InlineData("rancher/mirrored-cilium-cilium:v1.17.2", "cilium-agent", ComponentNames.Cilium, "v1.17.2")]
    [InlineData("docker.io/flannel/flannel:v0.26.1", "kube-flannel", ComponentNames.Flannel, "v0.26.1")]
    [InlineData("quay.io/coreos/flannel:v0.12.0-amd64", "kube-flannel", ComponentNames.Flannel, "v0.12.0")]
    [InlineData("docker.io/rancher/mirrored-flannelcni-flannel:v0.19.2", "kube-flannel", ComponentNames.Flannel, "v0.19.2")]
    [InlineData("quay.io/metallb/speaker:v0.14.8", "speaker", ComponentNames.MetalLb, "v0.14.8")]
    [InlineData("antrea/antrea-agent-ubuntu:v2.2.0", "antrea-agent", ComponentNames.Antrea, "v2.2.0")]
    [InlineData("antrea/antrea-ubuntu:v1.15.1", "antrea-agent", ComponentNames.Antrea, "v1.15.1")]
    public void Read_ImageSpellingsAndSuffixes_GiveTheComponentRelease(string image, string container, string component, string version)
    {
        var result = Read(List(Node("w1"), Pod("kube-system", "p", "w1", Container(container, image), ownerName: "ds")));

        var found = result.Nodes[0].Component(component);
        Assert.Equal(version, found.Version!.Original);
        Assert.Equal(image, found.Image);
    }

    [Theory]
    [InlineData("quay.io/tigera/operator:v1.34.3", "tigera-operator")]
    [InlineData("index.docker.io/rancher/hardened-kubernetes:v1.31.4-rke2r1-build20241212", "kube-apiserver")]
    [InlineData("registry.k8s.io/coredns/coredns:v1.11.1", "coredns")]
    [InlineData("docker.io/flannel/flannel-cni-plugin:v1.5.1-flannel2", "install-cni-plugin")]
    [InlineData("quay.io/cilium/cilium-envoy:v1.30.8", "cilium-envoy")]
    public void Read_ImagesThatAreNotKnownComponents_GiveNoComponent(string image, string container)
    {
        var result = Read(List(Node("w1"), Pod("kube-system", "p", "w1", Container(container, image), ownerName: "x")));

        Assert.Empty(result.Nodes[0].OfType<ComponentVersion>());
    }

    [Fact]
    public void Read_Rke2StaticKubeProxyPod_ReadsModeFromFlagAndRke2Release()
    {
        var result = Read(List(
            Node("rke2-w1", kernel: "6.1.0-31-amd64", osImage: "Debian GNU/Linux 12 (bookworm)", kubelet: "v1.31.4+rke2r1", runtime: "containerd://1.7.23-k3s2"),
            Pod(
                "kube-system",
                "kube-proxy-rke2-w1",
                "rke2-w1",
                Container("kube-proxy", "index.docker.io/rancher/hardened-kubernetes:v1.31.4-rke2r1-build20241212", command: """["kube-proxy", "--cluster-cidr=10.42.0.0/16", "--proxy-mode=ipvs", "--healthz-bind-address=127.0.0.1"]"""),
                ownerKind: "Node",
                ownerName: "rke2-w1")));

        var node = result.Nodes[0];
        Assert.Equal("v1.31.4", node.Component(ComponentNames.KubeProxy).Version!.Original);
        Assert.Equal("ipvs", node.Setting(ComponentNames.KubeProxy, "mode"));
        Assert.Equal("Pod/kube-system/kube-proxy-rke2-w1 spec.containers[0].command[2]", node.WithKey("setting:kube-proxy/mode").Single().Provenance.Location);
        var cluster = node.Single<ClusterInfo>();
        Assert.Equal((ClusterDistributions.Rke2, "v1.31.4+rke2r1"), (cluster.Distribution, cluster.DistributionVersion!.Original));
        Assert.Equal(("debian", "12"), (node.Single<OsRelease>().Id, node.Single<OsRelease>().VersionId));
    }

    [Theory]
    [InlineData("mode: \"\"\n", "iptables")]
    [InlineData("kind: KubeProxyConfiguration\nmode: nftables # beta\n", "nftables")]
    [InlineData("ipvs:\n  strictARP: true\n", "iptables")]
    public void Read_KubeProxyWithConfigFile_TakesModeFromConfigMapOverFlag(string config, string mode)
    {
        var result = Read(List(
            Node("w1"),
            ConfigMap("kube-system", "kube-proxy", "config.conf", config),
            Pod("kube-system", "kube-proxy-a", "w1", Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.2", command: """["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--proxy-mode=ipvs"]"""), ownerName: "kube-proxy")));

        Assert.Equal(mode, result.Nodes[0].Setting(ComponentNames.KubeProxy, "mode"));
    }

    [Theory]
    [InlineData("mode: ipvs\nipvs:\n  scheduler: rr\n  strictARP: true # MetalLB\n", "ipvs.strictARP", "true")]
    [InlineData("mode: ipvs\nipvs:\n  scheduler: rr\n", "ipvs.strictARP", "false")]
    [InlineData("mode: ipvs\nstrictARP: true\nipvs:\n  scheduler: rr\n", "ipvs.strictARP", "false")]
    [InlineData("mode: nftables\nnftables:\n  skipKernelVersionCheck: true\n", "nftables.skipKernelVersionCheck", "true")]
    [InlineData("mode: nftables\nnftables:\n  syncPeriod: 30s\n", "nftables.skipKernelVersionCheck", "false")]
    public void Read_KubeProxyWithConfigFile_ReadsNestedBlockFields(string config, string setting, string expected)
    {
        var result = Read(List(
            Node("w1"),
            ConfigMap("kube-system", "kube-proxy", "config.conf", config),
            Pod("kube-system", "kube-proxy-a", "w1", Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.2", command: """["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf"]"""), ownerName: "kube-proxy")));

        Assert.Equal(expected, result.Nodes[0].Setting(ComponentNames.KubeProxy, setting));
    }

    [Theory]
    [InlineData("""["kube-proxy", "--proxy-mode=ipvs", "--ipvs-strict-arp"]""", "true")]
    [InlineData("""["kube-proxy", "--proxy-mode=ipvs"]""", "false")]
    public void Read_KubeProxyWithoutConfig_StrictArpFromFlagOrDefault(string command, string expected)
    {
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "kube-proxy-a", "w1", Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.2", command: command), ownerName: "kube-proxy")));

        Assert.Equal(expected, result.Nodes[0].Setting(ComponentNames.KubeProxy, "ipvs.strictARP"));
    }

    [Fact]
    public void Read_KubeProxyWithoutConfigOrModeFlag_DefaultsToIptables()
    {
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "kube-proxy-a", "w1", Container("kube-proxy", "registry.k8s.io/kube-proxy:v1.31.2", command: """["kube-proxy", "--v=2"]"""), ownerName: "kube-proxy")));

        var mode = result.Nodes[0].WithKey("setting:kube-proxy/mode").Cast<ComponentSetting>().Single();
        Assert.Equal("iptables", mode.Value);
        Assert.Equal("no --config and no --proxy-mode: iptables on Linux", mode.Provenance.Detail);
    }

    [Theory]
    [InlineData("""["--enable-tproxy"]""", "true")]
    [InlineData("""["--enable-tproxy", "--v=3"]""", "true")]
    [InlineData("""["--enable-tproxy=false"]""", "false")]
    [InlineData("""["--network-type=geneve"]""", "false")]
    public void Read_KubeOvnCniServerFlags_GiveEnableTproxy(string args, string expected)
    {
        var result = Read(List(
            Node("w1"),
            Pod("kube-system", "kube-ovn-cni-a", "w1", Container("cni-server", "docker.io/kubeovn/kube-ovn:v1.14.0", args: args, env: """[{"name": "GODEBUG", "value": "multipathtcp=0"}]"""), ownerName: "kube-ovn-cni")));

        var node = result.Nodes[0];
        Assert.Equal(expected, node.Setting(ComponentNames.KubeOvn, "ENABLE_TPROXY"));
        Assert.Equal("multipathtcp=0", node.Setting(ComponentNames.KubeOvn, "GODEBUG"));
    }

    [Fact]
    public void Read_K0sCalicoVxlanWithFelixBackend_GivesVxlanAndBackend()
    {
        const string env = """[{"name": "CALICO_IPV4POOL_VXLAN", "value": "Always"}, {"name": "CALICO_IPV4POOL_IPIP", "value": "Never"}, {"name": "FELIX_IPTABLESBACKEND", "value": "auto"}]""";
        var result = Read(List(
            Node("w1", kubelet: "v1.31.2+k0s"),
            Pod("kube-system", "calico-node-a", "w1", Container("calico-node", "quay.io/k0sproject/calico-node:v3.28.2-0", env: env), ownerName: "calico-node")));

        var node = result.Nodes[0];
        Assert.Equal("VXLAN", node.Setting(ComponentNames.Calico, "encapsulation"));
        Assert.Equal("auto", node.Setting(ComponentNames.Calico, "FELIX_IPTABLESBACKEND"));
        Assert.Equal("v3.28.2", node.Component(ComponentNames.Calico).Version!.Original);
        Assert.Equal("quay.io/k0sproject/calico-node:v3.28.2-0", node.Component(ComponentNames.Calico).Image);
    }

    [Fact]
    public void Read_CalicoFelixEncapsulationWithoutPoolEnv_UsesFelixSettings()
    {
        const string env = """[{"name": "FELIX_IPINIPENABLED", "value": "true"}]""";
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-a", "w1", Container("calico-node", CalicoNode, env: env), ownerName: "calico-node")));

        Assert.Equal("IPIP", result.Nodes[0].Setting(ComponentNames.Calico, "encapsulation"));
    }

    [Fact]
    public void Read_EnvFromMissingConfigMap_SkipsItWithAWarning()
    {
        const string env = """[{"name": "CALICO_NETWORKING_BACKEND", "valueFrom": {"configMapKeyRef": {"name": "calico-config", "key": "calico_backend"}}}]""";
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-a", "w1", Container("calico-node", CalicoNode, env: env), ownerName: "calico-node")));

        Assert.Null(result.Nodes[0].Setting(ComponentNames.Calico, "CALICO_NETWORKING_BACKEND"));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("$.items[1].spec.containers[0].env[0]", warning.JsonPath);
        Assert.Equal("Pod/kube-system/calico-node-a: env CALICO_NETWORKING_BACKEND comes from ConfigMap calico-config key calico_backend, which is not in the inventory; skipped", warning.Message);
    }

    [Fact]
    public void Read_EnvFromFieldRefOrResourceFieldRef_SkipsItSilently()
    {
        const string env = """
            [{"name": "NODENAME", "valueFrom": {"fieldRef": {"fieldPath": "spec.nodeName"}}},
             {"name": "CPU_LIMIT", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu"}}}]
            """;
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-a", "w1", Container("calico-node", CalicoNode, env: env), ownerName: "calico-node")));

        Assert.Null(result.Nodes[0].Setting(ComponentNames.Calico, "NODENAME"));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Read_EnvFromSecret_SkipsItWithAWarning()
    {
        const string env = """[{"name": "FELIX_IPTABLESBACKEND", "valueFrom": {"secretKeyRef": {"name": "felix", "key": "backend"}}}]""";
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-a", "w1", Container("calico-node", CalicoNode, env: env), ownerName: "calico-node")));

        Assert.Null(result.Nodes[0].Setting(ComponentNames.Calico, "FELIX_IPTABLESBACKEND"));
        Assert.Equal(
            "Pod/kube-system/calico-node-a: env FELIX_IPTABLESBACKEND comes from valueFrom.secretKeyRef, which the inventory does not resolve; skipped",
            Assert.Single(result.Warnings).Message);
    }

    [Fact]
    public void Read_ClusterWideDeployment_GivesItsComponentToEveryNodeIncludingOnesWithoutPods()
    {
        var result = Read(List(
            Node("w1"),
            Node("w2"),
            Pod("kube-system", "calico-node-a", "w1", Container("calico-node", CalicoNode), ownerName: "calico-node"),
            Deployment("kube-system", "calico-kube-controllers", Container("calico-kube-controllers", "docker.io/calico/kube-controllers:v3.28.1"))));

        var w1 = Assert.Single(result.Node("w1")!.OfType<ComponentVersion>());
        Assert.Equal("Pod/kube-system/calico-node-a spec.containers[0].image", w1.Provenance.Location);
        var w2 = Assert.Single(result.Node("w2")!.OfType<ComponentVersion>());
        Assert.Equal("v3.28.1", w2.Version!.Original);
        Assert.Equal("Deployment/kube-system/calico-kube-controllers spec.template.spec.containers[0].image", w2.Provenance.Location);
        Assert.Equal("cluster-wide controller: given to every node", w2.Provenance.Detail);
    }

    [Fact]
    public void Read_NodeWithNoPods_HasNodeFactsAndCompleteComponentStatus()
    {
        var node = Assert.Single(Read(List(Node("lonely"))).Nodes);

        Assert.Equal("lonely", node.Subject);
        Assert.Equal(["kernel", "os-release", "cluster"], node.Where(f => f is not CollectionStatus).Select(f => f.Key));
        Assert.Equal(CollectionState.Collected, node.OfType<CollectionStatus>().Single(s => s.Covers("component:calico")).State);
    }

    [Fact]
    public void Read_PodOnNodeNotInInventory_WarnsAndIsSkipped()
    {
        var result = Read(List(Node("w1"), Pod("kube-system", "calico-node-a", "gone", Container("calico-node", CalicoNode), ownerName: "calico-node")));

        Assert.Empty(result.Nodes[0].OfType<ComponentVersion>());
        Assert.Equal("Pod/kube-system/calico-node-a is on node gone, which is not in the inventory; its components are not attributed", Assert.Single(result.Warnings).Message);
    }

    [Theory]
    [InlineData("Red Hat Enterprise Linux CoreOS 418.94.202503102036-0", "cri-o://1.31.6-2.rhaos4.18.gitda737c9.el9", "v1.31.6", "4.18")]
    [InlineData("Red Hat Enterprise Linux CoreOS 412.86.202308161343-0 (Ootpa)", "cri-o://1.25.4-3.rhaos4.12.git5869897.el8", "v1.25.11+1485cc9", "4.12")]
    [InlineData("Red Hat Enterprise Linux CoreOS 9.6.20251119-0 (Plow)", "cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9", "v1.33.5", "4.20")]
    [InlineData("Red Hat Enterprise Linux 8.10 (Ootpa)", "cri-o://1.29.6-3.rhaos4.16.git7ba8e4e.el8", "v1.29.6+aba1e8d", "4.16")]
    public void Read_OpenShiftNodes_GiveTheOpenShiftMinor(string osImage, string runtime, string kubelet, string openShift)
    {
        var node = Assert.Single(Read(List(Node("m1", kernel: "5.14.0-427.60.1.el9_4.x86_64", osImage: osImage, kubelet: kubelet, runtime: runtime))).Nodes);

        var cluster = node.Single<ClusterInfo>();
        Assert.Equal(ClusterDistributions.OpenShift, cluster.Distribution);
        Assert.Equal(openShift, cluster.DistributionVersion!.Original);
        Assert.Equal(kubelet, cluster.KubernetesVersion!.Original);
    }

    [Fact]
    public void Read_OpenShiftNetworkOperatorReleaseVersion_GivesThePatchRelease()
    {
        const string env = """[{"name": "RELEASE_VERSION", "value": "4.18.21"}]""";
        var result = Read(List(
            Node("m1", osImage: "Red Hat Enterprise Linux CoreOS 418.94.202503102036-0", kubelet: "v1.31.6", runtime: "cri-o://1.31.6-2.rhaos4.18.gitda737c9.el9"),
            Deployment("openshift-network-operator", "network-operator", Container("network-operator", "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + new string('c', 64), env: env))));

        var cluster = result.Nodes[0].Single<ClusterInfo>();
        Assert.Equal("4.18.21", cluster.DistributionVersion!.Original);
        Assert.Equal("Deployment/openshift-network-operator/network-operator spec.template.spec.containers[0].env[0]", cluster.Provenance.Location);
        Assert.Equal("rhcos", result.Nodes[0].Single<OsRelease>().Id);
    }

    [Fact]
    public void Read_OpenShiftOvnKubernetesDigestPod_GivesOvnKubernetesWithoutVersion()
    {
        var result = Read(List(
            Node("m1", osImage: "Red Hat Enterprise Linux CoreOS 418.94.202503102036-0", kubelet: "v1.31.6", runtime: "cri-o://1.31.6-2.rhaos4.18.gitda737c9.el9"),
            Pod("openshift-ovn-kubernetes", "ovnkube-node-7qk", "m1", Container("ovnkube-controller", "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + new string('d', 64)), ownerName: "ovnkube-node")));

        var ovnk = result.Nodes[0].Component(ComponentNames.OvnKubernetes);
        Assert.Null(ovnk.Version);
    }

    [Theory]
    [InlineData("v1.31.3+k3s1", ClusterDistributions.K3s, "v1.31.3+k3s1")]
    [InlineData("v1.30.4-eks-16b398d", ClusterDistributions.Eks, null)]
    [InlineData("v1.31.4", ClusterDistributions.Kubernetes, null)]
    public void Read_KubeletSuffix_GivesTheDistribution(string kubelet, string distribution, string? version)
    {
        var cluster = Read(List(Node("w1", kubelet: kubelet))).Nodes[0].Single<ClusterInfo>();

        Assert.Equal(distribution, cluster.Distribution);
        Assert.Equal(version, cluster.DistributionVersion?.Original);
        Assert.Equal(kubelet, cluster.KubernetesVersion!.Original);
    }

    [Fact]
    public void Read_SingleNodeDocument_GivesThatNode()
    {
        var node = Assert.Single(Read(Node("solo", kernel: "6.6.65-flatcar", osImage: "Flatcar Container Linux by Kinvolk 4081.2.1 (Oklo)")).Nodes);

        Assert.Equal("solo", node.Subject);
        Assert.Equal(("flatcar", "4081.2.1"), (node.Single<OsRelease>().Id, node.Single<OsRelease>().VersionId));
    }
}
