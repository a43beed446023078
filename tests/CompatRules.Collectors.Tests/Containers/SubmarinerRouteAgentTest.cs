using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Tests.Faults;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Containers;

/// <summary>Submariner's route agent on the node: its version and environment come from containerd's config.json,
/// but its <c>enable-snat-handler</c> (the SUBM-OCP418-OVNK-SNAT workaround) does not: the route agent reads it from
/// ConfigMap <c>submariner-global</c> through the API when it starts, and no flag, environment variable or mounted
/// file carries it. The cluster inventory reads it (<c>CompatRules.Tests</c> <c>ClusterInventoryApiConfigMapTest</c>).</summary>
public sealed class SubmarinerRouteAgentTest : IDisposable
{
    private const string Task = "/run/containerd/io.containerd.runtime.v2.task/k8s.io/7e6d5c4b3a29";
    private readonly FaultTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [LinuxFact]
    public void Collect_RouteAgent_GivesItsVersionAndEnvironmentButNoSnatHandler()
    {
        _tree.Write($"{Task}/config.json", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "containerd", "submariner-routeagent.config.json")));

        var result = new ContainerImageCollector().CollectAsync(_tree.Context(), CancellationToken.None).GetAwaiter().GetResult();

        var version = Assert.Single(result.Facts.OfType<ComponentVersion>());
        Assert.Equal((ComponentNames.Submariner, "0.20.2"), (version.Component, version.Version!.Original));
        var settings = result.Facts.OfType<ComponentSetting>().ToList();
        Assert.Equal("OVNKubernetes", Assert.Single(settings, s => s.Name == "SUBMARINER_NETWORKPLUGIN").Value);
        Assert.Equal("submariner-operator", Assert.Single(settings, s => s.Name == "SUBMARINER_NAMESPACE").Value);
        Assert.All(settings, s => Assert.Equal(ComponentNames.Submariner, s.Component));
        Assert.DoesNotContain(settings, s => s.Name == "enable-snat-handler");
    }
}
