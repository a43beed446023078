using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Collectors.Tests.Containers;

/// <summary>Flags of the containers' <c>process.args</c> and the config files they name, read through the
/// container's mounts under the host root.</summary>
public sealed class ContainerFlagsTest : IDisposable
{
    private const string Task = "/run/containerd/io.containerd.runtime.v2.task/k8s.io/2b7d1c0e";
    private const string Volume = "/var/lib/kubelet/pods/8c5b6a3e-4f1d-4a7e-9b2c-3d4e5f6a7b8c/volumes/kubernetes.io~configmap/kube-proxy";
    private const string Mode = "setting:kube-proxy/mode";
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static string KubeProxyConfig(params string[] args)
        => Fixture("containerd/kube-proxy.config.json").Replace(
            "\"args\": [\"/usr/local/bin/kube-proxy\", \"--config=/var/lib/kube-proxy/config.conf\", \"--hostname-override=worker-1\"]",
            "\"args\": [" + string.Join(", ", args.Select(a => $"\"{a}\"")) + "]",
            StringComparison.Ordinal);

    /// <summary>A ConfigMap volume as the kubelet lays it out: a timestamped directory, <c>..data</c> pointing at it,
    /// and each key a relative link through <c>..data</c>.</summary>
    private void ConfigMapVolume(string key, string text)
    {
        _tree.Write($"{Volume}/..2026_11_30_08_15_02.1234567890/{key}", text);
        _tree.Link($"{Volume}/..data", "..2026_11_30_08_15_02.1234567890");
        _tree.Link($"{Volume}/{key}", $"..data/{key}");
    }

    private CollectorResult Collect() => new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

    private static ComponentSetting Setting(CollectorResult result, string component, string name)
        => Assert.Single(result.Facts.OfType<ComponentSetting>(), s => s.Component == component && s.Name == name);

    [LinuxFact]
    public void Collect_KubeadmKubeProxy_ReadsModeAndStrictArpFromTheMountedConfigMap()
    {
        _tree.Write($"{Task}/config.json", Fixture("containerd/kube-proxy.config.json"));
        ConfigMapVolume("config.conf", Fixture("kube-proxy/kubeadm-config.conf"));

        var result = Collect();

        var mode = Setting(result, ComponentNames.KubeProxy, "mode");
        Assert.Equal("ipvs", mode.Value);
        Assert.Equal(SourceKind.File, mode.Provenance.Kind);
        Assert.Equal(_tree.PathOf($"{Volume}/config.conf"), mode.Provenance.Location);
        Assert.Equal(
            $"line 52: mode: ipvs; --config=/var/lib/kube-proxy/config.conf in process.args[1] of {_tree.PathOf($"{Task}/config.json")}, mount /var/lib/kube-proxy from {Volume}",
            mode.Provenance.Detail);
        Assert.Equal("true", Setting(result, ComponentNames.KubeProxy, "ipvs.strictARP").Value);
        Assert.Equal("/var/lib/kube-proxy/config.conf", Setting(result, ComponentNames.KubeProxy, "--config").Value);
        Assert.Equal("process.args[2]: --hostname-override=worker-1; container kube-system/kube-proxy-7hx4k/kube-proxy, image registry.k8s.io/kube-proxy:v1.31.2",
            Setting(result, ComponentNames.KubeProxy, "--hostname-override").Provenance.Detail);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [LinuxFact]
    public void Check_KubeProxyModeFromItsConfigFile_SettlesTheIpvsRule()
    {
        _tree.Write($"{Task}/config.json", Fixture("containerd/kube-proxy.config.json"));
        ConfigMapVolume("config.conf", Fixture("kube-proxy/kubeadm-config.conf"));
        var result = Collect();
        var facts = FactSet.Create("node", [.. result.Facts, .. result.Statuses, new KernelInfo(Versions.KernelVersion.Parse("5.4.0-150-generic"), "x86_64"),
            new Sysctl("net.ipv4.vs.conn_reuse_mode", "0")]);

        var report = CompatEngine.Default.Evaluate(facts);

        Assert.Equal(Outcome.Affected, report["KPROXY-IPVS-CONN-REUSE"]!.Outcome);
        Assert.Equal(Outcome.NotAffected, report["KPROXY-IPTABLES-PARTIAL-SYNC"]!.Outcome);
    }

    [LinuxTheory]
    [InlineData("--proxy-mode=nftables", "nftables", "process.args[1]")]
    [InlineData("--proxy-mode nftables", "nftables", "process.args[1]")]
    [InlineData("--v=2", "iptables", "process.args")]
    public void Collect_KubeProxyWithoutConfig_TakesModeFromTheFlagOrTheDefault(string args, string mode, string field)
    {
        _tree.Write($"{Task}/config.json", KubeProxyConfig("/usr/local/bin/kube-proxy", args));

        var setting = Setting(Collect(), ComponentNames.KubeProxy, "mode");

        Assert.Equal(mode, setting.Value);
        Assert.Equal(_tree.PathOf($"{Task}/config.json"), setting.Provenance.Location);
        Assert.StartsWith(field + ":", setting.Provenance.Detail, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Collect_KubeProxyInAShell_ReadsTheFlagsOfTheScript()
    {
        _tree.Write($"{Task}/config.json", KubeProxyConfig("/bin/sh", "-c", "exec kube-proxy --proxy-mode=ipvs --v=2"));

        Assert.Equal("ipvs", Setting(Collect(), ComponentNames.KubeProxy, "mode").Value);
    }

    [LinuxTheory]
    [InlineData("--enable-tproxy=true", "true")]
    [InlineData("--enable-tproxy", "true")]
    [InlineData("--enable-tproxy=false", "false")]
    [InlineData("--network-type=geneve", "false")]
    public void Collect_KubeOvnCniServer_GivesEnableTproxyFromItsFlags(string flag, string expected)
    {
        var config = KubeProxyConfig("/kube-ovn/start-cniserver.sh", flag, "--v=3")
            .Replace("\"io.kubernetes.cri.container-name\": \"kube-proxy\"", "\"io.kubernetes.cri.container-name\": \"cni-server\"", StringComparison.Ordinal)
            .Replace("registry.k8s.io/kube-proxy:v1.31.2", "docker.io/kubeovn/kube-ovn:v1.14.4", StringComparison.Ordinal)
            .Replace("kube-proxy-7hx4k", "kube-ovn-cni-x2b9z", StringComparison.Ordinal);
        _tree.Write($"{Task}/config.json", config);

        Assert.Equal(expected, Setting(Collect(), ComponentNames.KubeOvn, "ENABLE_TPROXY").Value);
    }

    [LinuxFact]
    public void Collect_FlagWithASecretLookingName_IsRedacted()
    {
        _tree.Write($"{Task}/config.json", KubeProxyConfig("/usr/local/bin/kube-proxy", "--proxy-mode=ipvs", "--api-token=abc123"));

        Assert.Equal(SecretSettings.Redacted, Setting(Collect(), ComponentNames.KubeProxy, "--api-token").Value);
    }

    [LinuxFact]
    public void Collect_ConfigFileNotOnAMount_IsReadFromTheRootFileSystem()
    {
        _tree.Write($"{Task}/config.json", KubeProxyConfig("/usr/local/bin/kube-proxy", "--config=/etc/kube-proxy.yaml"));
        _tree.Write($"{Task}/rootfs/etc/kube-proxy.yaml", "kind: KubeProxyConfiguration\nmode: nftables\nnftables:\n  skipKernelVersionCheck: true\n");

        var result = Collect();

        Assert.Equal("nftables", Setting(result, ComponentNames.KubeProxy, "mode").Value);
        Assert.Equal("true", Setting(result, ComponentNames.KubeProxy, "nftables.skipKernelVersionCheck").Value);
        Assert.Equal(_tree.PathOf($"{Task}/rootfs/etc/kube-proxy.yaml"), Setting(result, ComponentNames.KubeProxy, "mode").Provenance.Location);
    }

    /// <summary>The faults every file reader has (missing, unreadable, truncated, garbage, huge, loop, FIFO, directory)
    /// are cells of the fault matrix (<c>FaultCells</c>, subject <c>setting:kube-proxy/mode</c>); these are the ones
    /// particular to a file named through a container's mounts.</summary>
    [LinuxTheory]
    [InlineData("wrong kind", "/config.conf:1: kind is 'KubeletConfiguration', expected KubeProxyConfiguration")]
    [InlineData("absolute link out of the root", "does not exist")]
    [InlineData("relative link out of the root", "does not exist")]
    [InlineData("tmpfs", "is on the container's tmpfs mount /dev, which has no node path; not read")]
    public void Collect_ConfigFileFault_LeavesModeUnknownWithItsOwnStatus(string fault, string reason)
    {
        var args = fault == "tmpfs" ? "--config=/dev/config.conf" : "--config=/var/lib/kube-proxy/config.conf";
        _tree.Write($"{Task}/config.json", KubeProxyConfig("/usr/local/bin/kube-proxy", args, "--proxy-mode=ipvs"));
        _tree.Write("/etc/secret/config.conf", "mode: outside-the-volume\n");
        switch (fault)
        {
            case "wrong kind":
                ConfigMapVolume("config.conf", "kind: KubeletConfiguration\nmode: ipvs\n");
                break;
            case "absolute link out of the root":
                _tree.Link($"{Volume}/config.conf", "/tmp/../../../../etc/shadow");
                break;
            case "relative link out of the root":
                _tree.Link($"{Volume}/config.conf", string.Concat(Enumerable.Repeat("../", 40)) + "etc/shadow");
                break;
        }

        var result = Collect();

        Assert.DoesNotContain(result.Facts.OfType<ComponentSetting>(), s => s.Name == "mode");
        Assert.Equal("ipvs", Setting(result, ComponentNames.KubeProxy, "--proxy-mode").Value);
        var status = Assert.Single(result.Statuses, s => s.Subject == Mode);
        Assert.NotEqual(CollectionState.Collected, status.State);
        Assert.Contains(reason, status.Reason, StringComparison.Ordinal);
        Assert.Contains("--config=", status.Reason, StringComparison.Ordinal);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses, s => s.Subject == "component:*").State);
    }
}
