using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Tests.Inventory.InventoryJson;

namespace CompatRules.Tests.Inventory;

/// <summary>A setting a component reads from a ConfigMap through the API rather than from its pod spec: Submariner's
/// route agent reads <c>enable-snat-handler</c> of ConfigMap <c>submariner-global</c> in its own namespace when it
/// starts (submariner#3577), so the inventory (a dump or the live API) gives it and the SUBM-OCP418-OVNK-SNAT
/// workaround is seen; no flag, environment variable or file on the node carries it.</summary>
public class ClusterInventoryApiConfigMapTest
{
    private const string Rule = "SUBM-OCP418-OVNK-SNAT";

    private static string[] OpenShiftWithSubmariner(string submariner, params string[] more) =>
    [
        Node("m1", kernel: "5.14.0-427.60.1.el9_4.x86_64", osImage: "Red Hat Enterprise Linux CoreOS 418.94.202503102036-0", kubelet: "v1.31.6", runtime: "cri-o://1.31.6-2.rhaos4.18.gitda737c9.el9"),
        Deployment("openshift-network-operator", "network-operator", Container("network-operator", "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + new string('c', 64), env: """[{"name": "RELEASE_VERSION", "value": "4.18.21"}]""")),
        Pod("openshift-ovn-kubernetes", "ovnkube-node-7qk", "m1", Container("ovnkube-controller", "quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:" + new string('d', 64)), ownerName: "ovnkube-node"),
        Pod("submariner-operator", "submariner-routeagent-x2k9f", "m1",
            Container("submariner-routeagent", $"quay.io/submariner/submariner-route-agent:{submariner}", env: """[{"name": "SUBMARINER_NAMESPACE", "value": "submariner-operator"}, {"name": "SUBMARINER_NETWORKPLUGIN", "value": "OVNKubernetes"}]"""),
            ownerName: "submariner-routeagent"),
        .. more,
    ];

    private static FactSet ReadNode(params string[] items) => Assert.Single(Read(List(items)).Nodes);

    [Fact]
    public void Read_SubmarinerGlobalConfigMapInTheRouteAgentsNamespace_GivesEnableSnatHandlerWithItsProvenance()
    {
        var node = ReadNode(OpenShiftWithSubmariner("0.20.2", ConfigMap("submariner-operator", "submariner-global", "enable-snat-handler", "true")));

        var setting = Assert.Single(node.OfType<ComponentSetting>(), s => s.Name == "enable-snat-handler");
        Assert.Equal((ComponentNames.Submariner, "true"), (setting.Component, setting.Value));
        Assert.Equal(new Provenance(SourceKind.Inventory, "ConfigMap/submariner-operator/submariner-global data['enable-snat-handler']",
            "read through the API by submariner in namespace submariner-operator (Pod/submariner-operator/submariner-routeagent-x2k9f)"), setting.Provenance);
    }

    [Fact]
    public void Read_SubmarinerGlobalInAnotherNamespace_IsNotTheRouteAgentsAndIsNotRead()
        => Assert.Null(ReadNode(OpenShiftWithSubmariner("0.20.2", ConfigMap("kube-system", "submariner-global", "enable-snat-handler", "true"))).Setting(ComponentNames.Submariner, "enable-snat-handler"));

    [Theory]
    [InlineData("0.20.2", true, Outcome.NotAffected)]
    [InlineData("0.20.2", false, Outcome.Affected)]
    [InlineData("0.20.1", true, Outcome.Affected)]
    public void Evaluate_WorkaroundConfigMapInTheInventory_SettlesTheSnatRule(string submariner, bool workaround, Outcome expected)
    {
        string[] configMap = workaround ? [ConfigMap("submariner-operator", "submariner-global", "enable-snat-handler", "true")] : [];

        var report = CompatEngine.Default.Evaluate(ReadNode(OpenShiftWithSubmariner(submariner, configMap)));

        Assert.Equal(expected, report[Rule]!.Outcome);
    }
}
