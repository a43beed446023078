using System.Text.Json;
using CompatRules.Cli;
using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.RealContainerd;

/// <summary>The containers collector and <c>compatrules collect</c> against a real containerd (Debian's 1.6 with
/// runc) whose CRI plugin runs calico-node and kube-proxy pods as the kubelet asks for them: the component, its
/// version, its settings and its flags come from the <c>config.json</c> containerd itself wrote for each running
/// task, with provenance naming that file, and a pod that goes is no longer seen.</summary>
[Collection(AloneCollection.Name)]
public sealed class RealContainerdTest(RealContainerdNode node) : IClassFixture<RealContainerdNode>
{
    private PrivateContainerd Containerd => node.Containerd;

    private CollectorResult Collect()
        => new ContainerImageCollector().CollectAsync(new CollectorContext(new CollectorOptions { HostRoot = Containerd.HostRoot }), CancellationToken.None).GetAwaiter().GetResult();

    private string ConfigOf(RunningPod pod) => $"{Containerd.TaskDirectory}/{Assert.Single(pod.ContainerIds)}/config.json";

    private static ComponentSetting Setting(CollectorResult result, string component, string name)
        => Assert.Single(result.Facts.OfType<ComponentSetting>(), s => s.Component == component && s.Name == name);

    [RealContainerdFact]
    public void Collect_CriPods_FindsEachComponentAndVersionInTheTaskConfigContainerdWrote()
    {
        var result = Collect();

        var versions = result.Facts.OfType<ComponentVersion>().ToList();
        Assert.Equal([ComponentNames.Calico, ComponentNames.KubeProxy], versions.Select(v => v.Component).Order(StringComparer.Ordinal));
        var calico = Assert.Single(versions, v => v.Component == ComponentNames.Calico);
        Assert.Equal("v3.28.1", calico.Version!.Original);
        Assert.Equal(ComponentImages.Calico, calico.Image);
        Assert.Equal(Provenance.FromFile(ConfigOf(node.Calico), $"container kube-system/calico-node-x7k2p/calico-node, image {ComponentImages.Calico}"), calico.Provenance);
        var kubeProxy = Assert.Single(versions, v => v.Component == ComponentNames.KubeProxy);
        Assert.Equal("v1.29.3", kubeProxy.Version!.Original);
        Assert.Equal(ConfigOf(node.KubeProxy), kubeProxy.Provenance.Location);
        var status = Assert.Single(result.Statuses);
        Assert.Equal((ComponentVersion.KeyPrefix + "*", CollectionState.Collected), (status.Subject, status.State));
    }

    [RealContainerdFact]
    public void Collect_CalicoNode_ReadsItsEnvironmentRedactsTheSecretAndDerivesTheEncapsulation()
    {
        var result = Collect();

        var backend = Setting(result, ComponentNames.Calico, "FELIX_IPTABLESBACKEND");
        Assert.Equal("NFT", backend.Value);
        Assert.Equal(ConfigOf(node.Calico), backend.Provenance.Location);
        Assert.Equal("bird", Setting(result, ComponentNames.Calico, "CALICO_NETWORKING_BACKEND").Value);
        Assert.Equal(SecretSettings.Redacted, Setting(result, ComponentNames.Calico, "CALICO_API_TOKEN").Value);
        Assert.Equal("IPIP", Setting(result, ComponentNames.Calico, "encapsulation").Value);
        // containerd adds the image's PATH and the node's HOSTNAME to what the pod spec gives.
        Assert.Contains(result.Facts.OfType<ComponentSetting>(), s => s.Component == ComponentNames.Calico && s.Name == "PATH");
    }

    [RealContainerdFact]
    public void Collect_KubeProxy_ReadsItsFlagsAndTheConfigFileOnItsMountedConfigMapVolume()
    {
        var result = Collect();

        var config = ConfigOf(node.KubeProxy);
        var mode = Setting(result, ComponentNames.KubeProxy, "mode");
        Assert.Equal("ipvs", mode.Value);
        Assert.Equal(Provenance.FromFile(
            $"{Containerd.HostRoot}{node.KubeProxyVolume}/config.conf",
            $"line 52: mode: ipvs; --config={ComponentImages.KubeProxyConfig} in process.args[1] of {config}, mount {ComponentImages.KubeProxyConfigDirectory} from {node.KubeProxyVolume}"),
            mode.Provenance);
        Assert.Equal("true", Setting(result, ComponentNames.KubeProxy, "ipvs.strictARP").Value);
        var hostname = Setting(result, ComponentNames.KubeProxy, "--hostname-override");
        Assert.Equal("worker-1", hostname.Value);
        Assert.Equal(Provenance.FromFile(config, $"process.args[2]: --hostname-override=worker-1; container kube-system/kube-proxy-7hx4k/kube-proxy, image {ComponentImages.KubeProxy}"), hostname.Provenance);
        Assert.Equal("worker-1", Setting(result, ComponentNames.KubeProxy, "NODE_NAME").Value);
    }

    [RealContainerdFact]
    public void Collect_SecondKubeProxyWithItsConfigInTheImage_ReadsItThroughTheTasksLiveRootfsAndReportsBothModes()
    {
        var pod = Containerd.RunAsync(ComponentImages.InImageKubeProxy).GetAwaiter().GetResult();
        CollectorResult result;
        try
        {
            result = Collect();
        }
        finally
        {
            Containerd.RemoveAsync(pod).GetAwaiter().GetResult();
        }

        var config = ConfigOf(pod);
        var nodeBundle = "/run/containerd" + Path.GetDirectoryName(config)![Containerd.State.Length..];
        var modes = result.Facts.OfType<ComponentSetting>().Where(s => s.Component == ComponentNames.KubeProxy && s.Name == "mode").ToList();
        Assert.Equal(["ipvs", "nftables"], modes.Select(m => m.Value).Order(StringComparer.Ordinal));
        Assert.Equal(Provenance.FromFile(
            $"{Path.GetDirectoryName(config)}/rootfs{ComponentImages.InImageConfig}",
            $"line 3: mode: nftables; --config={ComponentImages.InImageConfig} in process.args[1] of {config}, the container's root file system {nodeBundle}/rootfs"),
            Assert.Single(modes, m => m.Value == "nftables").Provenance);
    }

    [RealContainerdFact]
    public void Collect_PodStartedThenRemoved_IsSeenWhileItRunsAndGoneWithItsBundle()
    {
        var pod = Containerd.RunAsync(ComponentImages.KubeOvnCni).GetAwaiter().GetResult();
        ComponentSetting tproxy;
        try
        {
            var running = Collect();
            Assert.Equal("v1.14.0", Assert.Single(running.Facts.OfType<ComponentVersion>(), v => v.Component == ComponentNames.KubeOvn).Version!.Original);
            tproxy = Setting(running, ComponentNames.KubeOvn, "ENABLE_TPROXY");
        }
        finally
        {
            Containerd.RemoveAsync(pod).GetAwaiter().GetResult();
        }

        Assert.Equal("true", tproxy.Value);
        Assert.Equal($"process.args[2]: --enable-tproxy=true; container kube-system/kube-ovn-cni-5lq9d/cni-server, image {ComponentImages.KubeOvn}", tproxy.Provenance.Detail);
        var gone = Collect();
        Assert.False(Directory.Exists(Path.GetDirectoryName(ConfigOf(pod))));
        Assert.DoesNotContain(gone.Facts.OfType<ComponentVersion>(), v => v.Component == ComponentNames.KubeOvn);
        Assert.Equal(CollectionState.Collected, Assert.Single(gone.Statuses).State);
    }

    [RealContainerdFact]
    public void CompatRulesCollect_HostRootOfTheLiveState_SnapshotHoldsTheComponentsSettingsAndProvenance()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = Program.Run(["collect", "--host-root", Containerd.HostRoot], stdout, stderr);

        Assert.True(code == 0, stderr.ToString());
        using var snapshot = JsonDocument.Parse(stdout.ToString());
        var facts = snapshot.RootElement.GetProperty("facts").EnumerateArray().ToList();
        var mode = Assert.Single(facts, f => Text(f, "kind") == "setting" && Text(f, "component") == ComponentNames.KubeProxy && Text(f, "name") == "mode");
        Assert.Equal("ipvs", Text(mode, "value"));
        Assert.Equal($"{Containerd.HostRoot}{node.KubeProxyVolume}/config.conf", mode.GetProperty("provenance").GetProperty("location").GetString());
        var calico = Assert.Single(facts, f => Text(f, "kind") == "component" && Text(f, "component") == ComponentNames.Calico);
        Assert.Equal(ConfigOf(node.Calico), calico.GetProperty("provenance").GetProperty("location").GetString());
    }

    private static string? Text(JsonElement fact, string property)
        => fact.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
