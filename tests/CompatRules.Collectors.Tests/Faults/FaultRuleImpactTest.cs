using System.Collections.Immutable;
using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Kernel;
using CompatRules.Collectors.Packages;
using CompatRules.Collectors.Sockets;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>What each fault does to the built-in rules: the rule that depends on the collector's fact is decided when
/// the collector is healthy, and under a fault it is Unknown, or decided by a documented fallback that says so in a
/// note ("... rests on the versions"); it is never quietly NotAffected.</summary>
public sealed class FaultRuleImpactTest(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static readonly Dictionary<string, (string RuleId, Fact[] Base, Fact[] Healthy)> Dependents = new()
    {
        [KernelCollector.CollectorName] = ("CALICO-IPTABLES-AUTODETECT-LEGACY",
            [ComponentVersion.Of(ComponentNames.Calico, "v3.25.0"), new IptablesMode(IptablesBackend.Nft, ["test"], "test")],
            [new KernelModules(ImmutableDictionary<string, ModuleEvidence>.Empty.Add("ip_tables", ModuleEvidence.Loaded))]),
        [OsReleaseCollector.CollectorName] = ("KPROXY-LEGACY-IPTABLES-NFT-HOST",
            [ComponentVersion.Of(ComponentNames.KubeProxy, "v1.16.0"), new CollectionStatus(IptablesMode.FactKey, CollectionState.PermissionDenied, "nft: EPERM")],
            [new OsRelease("rhel", "9.4", "Red Hat Enterprise Linux 9.4 (Plow)", ["fedora"])]),
        [SysctlCollector.CollectorName] = ("KPROXY-IPVS-CONN-REUSE",
            [ComponentVersion.Of(ComponentNames.KubeProxy, "v1.20.0"), new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs"), KernelInfo.FromRelease("5.4.0-200-generic")],
            [new Sysctl("net.ipv4.vs.conn_reuse_mode", "0")]),
        [IptablesCollector.CollectorName] = ("KPROXY-LEGACY-IPTABLES-NFT-HOST",
            [ComponentVersion.Of(ComponentNames.KubeProxy, "v1.16.0")],
            [new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT"], "hint chain in nft")]),
        [InterfaceCollector.CollectorName] = ("CALICO-VXLAN-CSUM-OFFLOAD",
            [ComponentVersion.Of(ComponentNames.Calico, "v3.19.0"), new ComponentSetting(ComponentNames.Calico, "encapsulation", "VXLAN"), KernelInfo.FromRelease("5.4.0-200-generic")],
            [new NetworkInterface("vxlan.calico", "vxlan", "eth0", 1450, ImmutableDictionary<string, bool>.Empty.Add("tx-checksum-ip-generic", true))]),
        [ContainerImageCollector.CollectorName] = ("CALICO-KUBE-CONTROLLERS-NODE-LEAK",
            [],
            [ComponentVersion.Of(ComponentNames.Calico, "v3.25.0")]),
        [ContainerImageCollector.CollectorName + " (CRI-O)"] = ("CALICO-KUBE-CONTROLLERS-NODE-LEAK",
            [],
            [ComponentVersion.Of(ComponentNames.Calico, "v3.25.0")]),
        [ContainerImageCollector.CollectorName + " (kube-proxy --config)"] = ("KPROXY-IPVS-CONN-REUSE",
            [new Sysctl("net.ipv4.vs.conn_reuse_mode", "0"), KernelInfo.FromRelease("5.4.0-200-generic")],
            [ComponentVersion.Of(ComponentNames.KubeProxy, "v1.31.2"), new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs")]),
        [PackageCollector.CollectorName] = ("CILIUM-SYSTEMD-RPFILTER",
            [ComponentVersion.Of(ComponentNames.Cilium, "v1.11.6")],
            [new HostPackage("systemd", PackageVersion.ParseDpkg("245.4-4ubuntu3"), "amd64", PackageSource.Dpkg)]),
        [PackageCollector.CollectorName + " (dpkg)"] = ("CILIUM-SYSTEMD-RPFILTER",
            [ComponentVersion.Of(ComponentNames.Cilium, "v1.11.6")],
            [new HostPackage("systemd", PackageVersion.ParseDpkg("245.4-4ubuntu3"), "amd64", PackageSource.Dpkg)]),
        [PackageCollector.CollectorName + " (rpm)"] = ("CILIUM-SYSTEMD-RPFILTER",
            [ComponentVersion.Of(ComponentNames.Cilium, "v1.11.6")],
            [new HostPackage("systemd", PackageVersion.ParseRpm("252-32.el9_4"), "x86_64", PackageSource.Rpm)]),
        [SocketProbeCollector.CollectorName] = ("KOVN-TPROXY-MPTCP",
            [ComponentVersion.Of(ComponentNames.KubeOvn, "v1.14.0"), new ComponentSetting(ComponentNames.KubeOvn, "ENABLE_TPROXY", "true"), KernelInfo.FromRelease("5.15.0-125-generic")],
            [new SocketCapability(SocketProbes.MptcpIpTransparent, ProbeResult.Unsupported, 95)]),
    };

    public static TheoryData<string> Cells() => new(FaultCells.All.Select(c => c.ToString()));

    [LinuxPrivilegedTheory]
    [MemberData(nameof(Cells))]
    public void Evaluate_FaultedCollector_DependentRuleIsUnknownOrSaysItFellBack(string cell)
    {
        var fault = FaultCells.Named(cell);
        using var tree = new FaultTree();
        var result = fault.Run(tree);

        if (!Dependents.TryGetValue(fault.Collector, out var dependent))
        {
            // No built-in rule reads the capabilities fact: the fault must change nothing at all.
            var healthy = Engine.Evaluate(FactSet.Create("node", [new ProcessCapabilities(0x1ffffffffff)]));
            var faulted = Engine.Evaluate(FactSet.Create("node", [.. result.Facts, .. result.Statuses]));
            Assert.Equal(ReportJson.Serialize(healthy), ReportJson.Serialize(faulted));
            return;
        }

        var healthyResult = Engine.Evaluate(FactSet.Create([.. dependent.Base, .. dependent.Healthy]))[dependent.RuleId]!;
        var faultedResult = Engine.Evaluate(FactSet.Create([.. dependent.Base, .. result.Facts, .. result.Statuses]))[dependent.RuleId]!;

        output.WriteLine($"IMPACT|{fault.Collector}|{fault.Fault}|{dependent.RuleId}|{healthyResult.Outcome}|{faultedResult.Outcome}|{faultedResult.Notes.Any(RestsOnFallback)}");
        Assert.Contains(healthyResult.Outcome, new[] { Outcome.Affected, Outcome.NotAffected });
        if (fault.State == CollectionState.Collected)
        {
            Assert.Contains(faultedResult.Outcome, new[] { Outcome.Affected, Outcome.NotAffected });
            return;
        }

        var fellBack = !healthyResult.Notes.Any(RestsOnFallback) && faultedResult.Notes.Any(RestsOnFallback);
        Assert.True(faultedResult.Outcome == Outcome.Unknown || fellBack,
            $"{dependent.RuleId} is {faultedResult.Outcome} without a fallback note: {string.Join(" | ", faultedResult.Notes)}");
        if (faultedResult.Outcome == Outcome.Unknown)
        {
            Assert.NotEmpty(faultedResult.MissingFacts);
        }
    }

    private static bool RestsOnFallback(string note) => note.Contains("rests on the", StringComparison.Ordinal);
}
