using CompatRules.BuiltIn.KubeProxy;
using CompatRules.Facts;
using CompatRules.Inventory;
using CompatRules.Reports;
using CompatRules.Tests.Inventory;
using CompatRules.Tests.Reliability;
using CompatRules.Tests.Snapshots;
using CompatRules.Versions;

namespace CompatRules.Tests.Engine;

/// <summary>The built-in rules interpreted (<see cref="EngineOptions.InterpretExpressions"/>, as the Native AOT tool
/// runs them) give the same reports as compiled with FastExpressionCompiler (the JIT-run default), evidence, notes,
/// missing facts and derived facts' provenance included. The native tool itself is compared with the JIT-run one by
/// the CLI tests' NativeToolTest.</summary>
public class InterpretedExpressionsTest
{
    private static readonly RuleEngine Compiled = CompatEngine.CreateBuilder().WithOptions(new EngineOptions { InterpretExpressions = false }).AddBuiltInRules().Build();
    private static readonly RuleEngine Interpreted = CompatEngine.CreateBuilder().WithOptions(new EngineOptions { InterpretExpressions = true }).AddBuiltInRules().Build();

    /// <summary>kube-router v1.5.1 (bundling iptables 1.8.7) with a 1.26 kubelet on an nft host with iptables-nft 1.8.10:
    /// IPTABLES-USERSPACE-SKEW-188 Affected (its conditions compare package versions through a span).</summary>
    private static FactSet KubeRouterSkewNode(string iptablesNft) => FactSet.Create("kube-router-skew",
    [
        new OsRelease("rhel", "9.5", "Red Hat Enterprise Linux 9.5 (Plow)", ["fedora"]),
        KernelInfo.FromRelease("5.14.0-503.14.1.el9_5.x86_64", "x86_64"),
        ComponentVersion.Of(ComponentNames.KubeRouter, "v1.5.1", "docker.io/cloudnativelabs/kube-router:v1.5.1"),
        new ClusterInfo(SoftwareVersion.Parse("v1.26.15"), ClusterDistributions.Kubernetes),
        new HostPackage("iptables-nft", PackageVersion.ParseRpm(iptablesNft), "x86_64", PackageSource.Rpm),
        new IptablesMode(IptablesBackend.Nft, ["nft mangle table has chain KUBE-IPTABLES-HINT"], "iptables-wrappers: hint chain in nft"),
    ]);

    /// <summary>Node fact sets between them making the built-in rules Affected, NotAffected, NotApplicable and Unknown.</summary>
    public static TheoryData<string> FactSetNames() => [.. FactSets().Select(s => s.Subject!)];

    private static IEnumerable<FactSet> FactSets() =>
    [
        .. NodeFactSets.All,
        SnapshotSamples.EveryKind(),
        .. ClusterInventory.Load(InventoryJson.SamplePath).Nodes,
        KubeRouterSkewNode("1.8.10-11.el9_5"),
        KubeRouterSkewNode("1.8.7-1.el9").WithSubject("kube-router-no-skew"),
    ];

    [Fact]
    public void Build_Interpreted_HasEveryBuiltInRule()
    {
        Assert.Equal(Compiled.Rules.Select(r => r.Id), Interpreted.Rules.Select(r => r.Id));
        Assert.Contains(Interpreted.Rules, r => r.Id == "IPTABLES-USERSPACE-SKEW-188");
    }

    [Theory]
    [MemberData(nameof(FactSetNames))]
    public void Evaluate_Interpreted_SameReportAsCompiled(string subject)
    {
        var facts = FactSets().Single(s => s.Subject == subject);

        Assert.Equal(ReportText.Of(Compiled.Evaluate(facts)), ReportText.Of(Interpreted.Evaluate(facts)));
    }

    [Fact]
    public void Evaluate_FactSets_ReachEveryOutcome()
    {
        var outcomes = FactSets().SelectMany(s => Interpreted.Evaluate(s).Results).Select(r => r.Outcome).ToHashSet();

        Assert.Superset(new HashSet<Outcome> { Outcome.Affected, Outcome.NotAffected, Outcome.NotApplicable, Outcome.Unknown }, outcomes);
    }

    [Theory]
    [InlineData("1.8.10-11.el9_5", Outcome.Affected)]
    [InlineData("1.8.7-1.el9", Outcome.NotAffected)]
    public void Evaluate_InterpretedIptablesSkew_DecidesOnThePackageVersion(string iptablesNft, Outcome expected)
    {
        Assert.Equal(expected, Interpreted.Evaluate(KubeRouterSkewNode(iptablesNft))["IPTABLES-USERSPACE-SKEW-188"]!.Outcome);
    }

    /// <summary><c>ctx.Derived(...)</c> under interpretation: the derived fact's provenance names the deriving rule and
    /// the facts it read (the compiled side: Rules.Tests' IpvsConnReuseDerivationTest).</summary>
    [Fact]
    public void Evaluate_InterpretedDerivation_GivesTheDerivedProvenance()
    {
        var facts = FactSet.Create("ipvs",
        [
            KernelInfo.FromRelease("5.15.0-91-generic", "x86_64"),
            ComponentVersion.Of(ComponentNames.KubeProxy, "v1.31.2", "registry.k8s.io/kube-proxy:v1.31.2"),
            new ComponentSetting(ComponentNames.KubeProxy, "mode", "ipvs"),
            new Sysctl("net.ipv4.vs.conn_reuse_mode", "0"),
        ]);

        var risk = Assert.Single(Interpreted.Evaluate(facts)["KPROXY-IPVS-CONN-REUSE"]!.Evidence, e => e.Key == IpvsConnReuseRisk.FactKey);

        Assert.Equal(new Provenance(SourceKind.Derived, "KPROXY-IPVS-CONN-REUSE-SYSCTL", "from sysctl:net.ipv4.vs.conn_reuse_mode, kernel"), risk.Provenance);
    }
}
