using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>Two values of one setting (two kube-proxy modes) are both evaluated and the result says so with both
/// provenances; neither is silently preferred.</summary>
public class SettingConflictTest
{
    private static FactSet Node(params Fact[] modes) => FactSet.Create("node",
    [
        ComponentVersion.Of(ComponentNames.KubeProxy, "v1.20.0"),
        KernelInfo.FromRelease("5.4.0-200-generic"),
        new Sysctl("net.ipv4.vs.conn_reuse_mode", "0"),
        .. modes,
    ]);

    [Fact]
    public void Evaluate_TwoKubeProxyModes_FiresForTheIpvsOneAndReportsTheConflict()
    {
        var report = CompatEngine.Default.Evaluate(Node(
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs") { Provenance = Provenance.FromFile("/host/var/lib/kubelet/pods/a/volumes/kubernetes.io~configmap/kube-proxy/config.conf", "line 52: mode: ipvs") },
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "iptables") { Provenance = new Provenance(SourceKind.Inventory, "Pod/kube-system/kube-proxy-b spec.containers[0].command[2]") }));

        var ipvs = report["KPROXY-IPVS-CONN-REUSE"]!;
        Assert.Equal(Outcome.Affected, ipvs.Outcome);
        var conflict = Assert.Single(ipvs.Notes, n => n.StartsWith("Conflict: ", StringComparison.Ordinal));
        Assert.Equal(
            "Conflict: setting:kube-proxy/mode has 2 values, each evaluated and none preferred: ipvs (file /host/var/lib/kubelet/pods/a/volumes/kubernetes.io~configmap/kube-proxy/config.conf (line 52: mode: ipvs)); "
            + "iptables (inventory Pod/kube-system/kube-proxy-b spec.containers[0].command[2])",
            conflict);
        Assert.Contains(report["KPROXY-IPTABLES-PARTIAL-SYNC"]!.Notes, n => n.StartsWith("Conflict: setting:kube-proxy/mode", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SameModeFromTwoSources_IsNoConflict()
    {
        var report = CompatEngine.Default.Evaluate(Node(
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs") { Provenance = Provenance.FromFile("/host/x/config.conf") },
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "IPVS ") { Provenance = new Provenance(SourceKind.Inventory, "Pod/kube-system/kube-proxy-b") }));

        Assert.DoesNotContain(report.Results.SelectMany(r => r.Notes), n => n.StartsWith("Conflict: ", StringComparison.Ordinal));
        Assert.Equal(Outcome.Affected, report["KPROXY-IPVS-CONN-REUSE"]!.Outcome);
    }
}
