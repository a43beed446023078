using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Engine;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Collectors.Tests.Containers;

public sealed class ContainerImageCollectorTest : IDisposable
{
    private const string Containerd = "/run/containerd/io.containerd.runtime.v2.task/k8s.io";
    private const string K0s = "/run/k0s/containerd/io.containerd.runtime.v2.task/k8s.io";
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    /// <summary>An OCI config.json as containerd's CRI plugin writes it (trimmed to what the collector reads).</summary>
    private static string Config(string type, string name, string image, string ns, string pod, params string[] env) => $$"""
        {
          "ociVersion": "1.1.0",
          "process": {"args": ["/usr/bin/start"], "env": [{{string.Join(", ", env.Select(e => $"\"{e}\""))}}], "cwd": "/"},
          "annotations": {
            "io.kubernetes.cri.container-name": "{{name}}",
            "io.kubernetes.cri.container-type": "{{type}}",
            "io.kubernetes.cri.image-name": "{{image}}",
            "io.kubernetes.cri.sandbox-id": "0123",
            "io.kubernetes.cri.sandbox-name": "{{pod}}",
            "io.kubernetes.cri.sandbox-namespace": "{{ns}}"
          }
        }
        """;

    private CollectorResult Collect() => new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

    [LinuxFact]
    public void Collect_RunningComponentContainers_GiveVersionsAndEnvSettings()
    {
        _tree.Write($"{Containerd}/aaa/config.json", Config("container", "calico-node", "docker.io/calico/node:v3.25.1", "kube-system", "calico-node-x",
            "PATH=/usr/bin", "FELIX_IPTABLESBACKEND=Auto", "CALICO_IPV4POOL_VXLAN=Always"));
        _tree.Write($"{Containerd}/bbb/config.json", Config("container", "kube-proxy", "registry.k8s.io/kube-proxy:v1.29.1", "kube-system", "kube-proxy-y"));
        _tree.Write($"{Containerd}/ccc/config.json", Config("sandbox", "", "registry.k8s.io/pause:3.9", "kube-system", "kube-proxy-y"));
        _tree.Write($"{Containerd}/ddd/config.json", Config("container", "web", "docker.io/library/nginx:1.27", "default", "web-1"));
        _tree.Write($"{Containerd}/eee/config.json", Config("container", "install-cni", "docker.io/calico/cni:v3.25.1", "kube-system", "calico-node-x"));
        _tree.Write($"{Containerd}/fff/log", "a task directory without config.json");

        var result = Collect();

        Assert.Equal(
            ["calico v3.25.1", "kube-proxy v1.29.1"],
            result.Facts.OfType<ComponentVersion>().Select(v => v.Describe()).Order(StringComparer.Ordinal));
        Assert.Equal("Auto", result.Facts.OfType<ComponentSetting>().Single(s => s.Name == "FELIX_IPTABLESBACKEND").Value);
        var version = result.Facts.OfType<ComponentVersion>().Single(v => v.Component == ComponentNames.KubeProxy);
        Assert.Equal(_tree.PathOf($"{Containerd}/bbb/config.json"), version.Provenance.Location);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [LinuxFact]
    public void Collect_TaskDirectoryNameNotUtf8_IsReadAsBytesAndShownEscaped()
    {
        var directory = System.Text.Encoding.UTF8.GetBytes(_tree.PathOf(Containerd) + "/task-").Concat(new byte[] { 0xff, 0xfe }).ToArray();
        _tree.Write($"{Containerd}/.keep", string.Empty);
        RawFiles.Write(directory, "config.json"u8.ToArray(), Config("container", "calico-node", "docker.io/calico/node:v3.25.1", "kube-system", "calico-node-x"));

        CollectorResult result;
        try
        {
            result = Collect();
        }
        finally
        {
            RawFiles.Delete(directory, "config.json"u8.ToArray());
        }

        var calico = Assert.Single(result.Facts.OfType<ComponentVersion>());
        Assert.Equal("calico v3.25.1", calico.Describe());
        Assert.Equal(_tree.PathOf($"{Containerd}/task-\\xff\\xfe/config.json"), calico.Provenance.Location);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [LinuxFact]
    public void Collect_K0sStateDirectory_IsReadToo()
    {
        _tree.Write($"{K0s}/aaa/config.json", Config("container", "kube-router", "quay.io/k0sproject/kube-router:v2.2.1-iptables1.8.9-0", "kube-system", "kube-router-z"));

        var result = Collect();

        Assert.Equal("kube-router v2.2.1-iptables1.8.9-0", Assert.Single(result.Facts.OfType<ComponentVersion>()).Describe());
    }

    [LinuxFact]
    public void Collect_NoContainerdStateDirectory_IsNotCollectedWithTheReason()
    {
        var status = Assert.Single(Collect().Statuses);

        Assert.Equal(ComponentVersion.KeyPrefix + "*", status.Subject);
        Assert.Equal(CollectionState.NotCollected, status.State);
        Assert.Contains("no containerd task directory", status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Collect_OneUnreadableConfig_KeepsTheOthersAndSaysTheListIsIncomplete()
    {
        _tree.Write($"{Containerd}/aaa/config.json", Config("container", "kube-proxy", "registry.k8s.io/kube-proxy:v1.29.1", "kube-system", "kube-proxy-y"));
        _tree.Write($"{Containerd}/bbb/config.json", "{\"annotations\": {\"io.kubernetes.cri.image-name\": ");

        var result = Collect();

        Assert.Single(result.Facts.OfType<ComponentVersion>());
        var status = Assert.Single(result.Statuses);
        Assert.Equal(CollectionState.Error, status.State);
        Assert.Contains("bbb/config.json", status.Reason, StringComparison.Ordinal);
        Assert.EndsWith("the component list of this node is incomplete", status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Evaluate_CollectedNodeWithoutAComponent_MakesItsRulesNotApplicableAndOthersDecided()
    {
        _tree.Write($"{Containerd}/aaa/config.json", Config("container", "calico-node", "docker.io/calico/node:v3.25.0", "kube-system", "calico-node-x"));
        var result = Collect();
        var facts = FactSet.Create("node", [.. result.Facts, .. result.Statuses]);

        var report = CompatEngine.Default.Evaluate(facts);

        Assert.Equal(Outcome.NotApplicable, report["KOVN-TPROXY-MPTCP"]!.Outcome);
        Assert.Equal(Outcome.Affected, report["CALICO-KUBE-CONTROLLERS-NODE-LEAK"]!.Outcome);
    }

    [Fact]
    public async Task Collect_NotLinux_ReadsNothing()
    {
        _tree.Write($"{Containerd}/aaa/config.json", Config("container", "kube-proxy", "registry.k8s.io/kube-proxy:v1.29.1", "kube-system", "kube-proxy-y"));

        var result = await new ContainerImageCollector().CollectAsync(_tree.Context(isLinux: false), CancellationToken.None);

        Assert.Empty(result.Facts);
        Assert.Equal(CollectionState.NotLinux, Assert.Single(result.Statuses).State);
    }
}
