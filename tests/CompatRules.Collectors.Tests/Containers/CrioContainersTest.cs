using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Containers;

/// <summary>CRI-O nodes (OpenShift): the per-container OCI config under
/// <c>/run/containers/storage/overlay-containers/&lt;id&gt;/userdata/</c>, with CRI-O's own annotations.</summary>
public sealed class CrioContainersTest : IDisposable
{
    private const string Crio = ContainerImageCollector.CrioContainers;
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "crio", name));

    private CollectorResult Collect() => new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

    private void OpenShiftNode()
    {
        _tree.Write($"{Crio}/3f2e1d0c9b8a/userdata/config.json", Fixture("submariner-gateway.config.json"));
        _tree.Write($"{Crio}/9a8b7c6d5e4f/userdata/config.json", Fixture("pod-sandbox.config.json"));
        _tree.Write($"{Crio}/7b6a5f4e3d2c/userdata/config.json", Fixture("ovnkube-controller.config.json"));
        _tree.Write($"{Crio}/0d9e8f7a6b5c/userdata/hostname", "a container whose config is gone\n");
        _tree.Write($"{Crio}/containers.lock", string.Empty);
    }

    [LinuxFact]
    public void Collect_OpenShiftCrioNode_GivesComponentsSettingsAndFlags()
    {
        OpenShiftNode();

        var result = Collect();

        var components = result.Facts.OfType<ComponentVersion>().OrderBy(v => v.Component, StringComparer.Ordinal).ToList();
        Assert.Equal(["ovn-kubernetes (version unknown)", "submariner 0.20.1"], components.Select(v => v.Describe()));
        var submariner = components[1];
        Assert.Equal(_tree.PathOf($"{Crio}/3f2e1d0c9b8a/userdata/config.json"), submariner.Provenance.Location);
        Assert.Equal("container submariner-operator/submariner-gateway-x7k2p/submariner-gateway, image quay.io/submariner/submariner-gateway:0.20.1", submariner.Provenance.Detail);
        var settings = result.Facts.OfType<ComponentSetting>().ToList();
        Assert.Equal("true", Assert.Single(settings, s => s.Name == "SUBMARINER_NATENABLED").Value);
        Assert.Equal(SecretSettings.Redacted, Assert.Single(settings, s => s.Name == "CE_IPSEC_PSK").Value);
        Assert.Equal("shared", Assert.Single(settings, s => s.Component == ComponentNames.OvnKubernetes && s.Name == "gateway-mode").Value);
        Assert.Equal("/run/ovnkube-config/ovnkube.conf", Assert.Single(settings, s => s.Name == "--config-file").Value);
        Assert.Equal(CollectionState.Collected, Assert.Single(result.Statuses).State);
    }

    [LinuxFact]
    public void Collect_SameComponentThroughContainerdAndCrio_GivesOneFactWithBothRuntimesAgreeing()
    {
        OpenShiftNode();
        _tree.Write("/run/containerd/io.containerd.runtime.v2.task/k8s.io/aaa/config.json",
            Fixture("submariner-gateway.config.json").Replace("\"io.kubernetes.cri-o.ContainerType\"", "\"io.kubernetes.cri.container-type\"", StringComparison.Ordinal));

        var result = Collect();

        Assert.Single(result.Facts.OfType<ComponentVersion>(), v => v.Component == ComponentNames.Submariner);
        Assert.Single(result.Facts.OfType<ComponentSetting>(), s => s.Name == "SUBMARINER_NATENABLED");
    }

    [LinuxTheory]
    [InlineData("unreadable", CollectionState.PermissionDenied, "userdata/config.json: EACCES")]
    [InlineData("garbage", CollectionState.Error, "userdata/config.json:1: not a container config")]
    [InlineData("loop", CollectionState.Error, "too many levels of symbolic links")]
    [InlineData("FIFO", CollectionState.Error, "is a FIFO (named pipe), not a regular file; not read")]
    [InlineData("huge", CollectionState.Error, "is larger than the 4194304-byte cap")]
    public void Collect_OneBrokenCrioConfig_KeepsTheOthersAndSaysTheListIsIncomplete(string fault, CollectionState state, string reason)
    {
        OpenShiftNode();
        var broken = $"{Crio}/ffffffffffff/userdata/config.json";
        CollectorResult Run() => Collect();
        CollectorResult result;
        switch (fault)
        {
            case "unreadable":
                _tree.Unreadable(broken, "{}");
                result = ThreadCapabilities.RunWithout([1, 2], Run);
                break;
            case "garbage":
                _tree.Write(broken, "\u0001garbage");
                result = Run();
                break;
            case "loop":
                _tree.SymlinkLoop(broken);
                result = Run();
                break;
            case "FIFO":
                _tree.Hanging(broken);
                result = Run();
                break;
            default:
                _tree.Sparse(broken, FaultTree.OneGigabyte);
                result = Run();
                break;
        }

        Assert.Equal(2, result.Facts.OfType<ComponentVersion>().Count());
        var status = Assert.Single(result.Statuses);
        Assert.Equal(state, status.State);
        Assert.Contains(reason, status.Reason, StringComparison.Ordinal);
        Assert.EndsWith("the component list of this node is incomplete", status.Reason, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Collect_CrioDirectoryAHostileLink_IsReRootedAndReadsNothingOutside()
    {
        var outside = _tree.Root + "-outside";
        Directory.CreateDirectory(Path.Combine(outside, "3f2e1d0c9b8a", "userdata"));
        try
        {
            File.WriteAllText(Path.Combine(outside, "3f2e1d0c9b8a", "userdata", "config.json"), Fixture("submariner-gateway.config.json"));
            _tree.Link(Crio, outside);
            _tree.Link("/run/containerd", "../../../../../../" + Path.GetFileName(outside));

            var result = Collect();

            Assert.Empty(result.Facts);
            Assert.Equal(CollectionState.NotCollected, Assert.Single(result.Statuses).State);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
