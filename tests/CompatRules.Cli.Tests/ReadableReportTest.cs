using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Cli.Tests;

/// <summary>The table of one node reads as a report: a header of what was found, Unknown rules that share a reason
/// under that reason said once, what running without privileges cost, and the node named as the user names it.</summary>
public class ReadableReportTest
{
    private const string NoRuntime = "no containerd task directory or CRI-O container directory under /run; evaluate a cluster inventory or pass --assume component=version";

    private static readonly Fact[] Found =
    [
        KernelInfo.FromRelease("6.8.0-45-generic", "x86_64"),
        new OsRelease("ubuntu", "24.04", "Ubuntu 24.04.1 LTS", []),
        new IptablesMode(IptablesBackend.Nft, ["nft: KUBE-IPTABLES-HINT"], "iptables-wrappers v3 step 2: hint chain in nft"),
        new HostPackage("containerd", PackageVersion.ParseDpkg("1.7.12-0ubuntu4"), "amd64", PackageSource.Dpkg),
        new HostPackage("iptables", PackageVersion.ParseDpkg("1.8.10-3ubuntu2"), "amd64", PackageSource.Dpkg),
        ComponentVersion.Of(ComponentNames.Calico, "v3.28.0") with { Provenance = Provenance.FromFile("/host/run/containerd/io.containerd.runtime.v2.task/k8s.io/abc/config.json") },
    ];

    [Fact]
    public void Check_Header_NamesKernelOsIptablesRuntimeAndComponents()
    {
        var run = CliRun.WithFacts(FactSet.Create("worker-1", Found), null, "check");
        Assert.StartsWith(
            "Node: worker-1\n" +
            "  kernel      6.8.0-45-generic (x86_64)\n" +
            "  os          Ubuntu 24.04.1 LTS\n" +
            "  iptables    nft (iptables-wrappers v3 step 2: hint chain in nft)\n" +
            "  runtime     containerd 1.7.12-0ubuntu4 (host packages); containers read from /run/containerd/io.containerd.runtime.v2.task/k8s.io\n" +
            "  components  calico v3.28.0\n" +
            "\n" +
            "  UNKNOWN ",
            run.Stdout);
    }

    [Fact]
    public void Check_HeaderWithoutTheFacts_SaysWhyEachIsNotKnown()
    {
        var facts = FactSet.Create("n", [
            new CollectionStatus(KernelInfo.FactKey, CollectionState.Error, "uname failed"),
            new CollectionStatus(IptablesMode.FactKey, CollectionState.PermissionDenied, "netlink EPERM"),
            new CollectionStatus("component:*", CollectionState.NotCollected, NoRuntime)]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.Contains("  kernel      not known (Error)\n  os          not known (not in the facts)\n  iptables    not known (PermissionDenied)\n", run.Stdout);
        Assert.Contains("  runtime     containers not read (NotCollected)\n  components  none found (component:* NotCollected)\n", run.Stdout);
    }

    [Fact]
    public void Check_UnknownRulesSharingAReason_ReasonPrintedOnceAboveThem()
    {
        var facts = FactSet.Create("n", [KernelInfo.FromRelease("6.8.0-45-generic"), new CollectionStatus("component:*", CollectionState.NotCollected, NoRuntime)]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.Equal(1, Occurrences(run.Stdout, NoRuntime));
        Assert.Contains(
            $"  UNKNOWN for 2 rules, each missing a fact for one reason: NotCollected: {NoRuntime}\n" +
            "  UNKNOWN         high      TEST-PROXY-OLD  kube-proxy leaks conntrack entries\n      missing: component:kube-proxy\n" +
            "  UNKNOWN         medium    TEST-CALICO-BPF  Calico BPF dataplane drops traffic\n      missing: component:calico\n",
            run.Stdout);
    }

    [Fact]
    public void Check_UnknownRulesWithDifferentReasons_EachKeepsItsReasonInline()
    {
        var facts = FactSet.Create("n", [
            KernelInfo.FromRelease("6.8.0-45-generic"),
            new CollectionStatus("component:calico", CollectionState.PermissionDenied, "EACCES"),
            new CollectionStatus("component:kube-proxy", CollectionState.Error, "bad config.json")]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.DoesNotContain("for one reason", run.Stdout);
        Assert.Contains("      missing: component:kube-proxy (Error: bad config.json)\n", run.Stdout);
        Assert.Contains("      missing: component:calico (PermissionDenied: EACCES)\n", run.Stdout);
    }

    [Fact]
    public void Check_WithoutNetAdmin_SaysWhichFactsThatCostAndHowToGetThem()
    {
        var facts = FactSet.Create("n", [
            .. Found,
            new ProcessCapabilities(0),
            new CollectionStatus(IptablesMode.FactKey, CollectionState.PermissionDenied, "netlink EPERM"),
            new CollectionStatus("socket:tcp-ip-transparent", CollectionState.PermissionDenied, "EPERM"),
            new CollectionStatus("sysctl:net.ipv4.ip_forward", CollectionState.Collected)]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.Contains(
            "  Collected without CAP_NET_ADMIN and CAP_NET_RAW (not as root), so not read: iptables, socket:tcp-ip-transparent.\n" +
            "  To read them, run as root (sudo compatrules check), or with CAP_NET_ADMIN and CAP_NET_RAW as samples/daemonset does.\n",
            run.Stdout);
    }

    [Fact]
    public void Check_AsRootWithEverythingRead_NoPermissionNotice()
    {
        var facts = FactSet.Create("n", [.. Found, new ProcessCapabilities(ulong.MaxValue), new CollectionStatus(IptablesMode.FactKey, CollectionState.Collected)]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.DoesNotContain("Collected without", run.Stdout);
        Assert.DoesNotContain("To read them", run.Stdout);
    }

    [Fact]
    public void Check_PermissionDeniedWithEveryCapability_NamesTheFactsWithoutBlamingCapabilities()
    {
        var facts = FactSet.Create("n", [.. Found, new ProcessCapabilities(ulong.MaxValue), new CollectionStatus("package:*", CollectionState.PermissionDenied, "EACCES")]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.Contains("  Collected without the permission to read: package:*.\n", run.Stdout);
    }

    [Fact]
    public void Evaluate_ShowsTheSameHeader_ClusterNodesDoNot()
    {
        var node = FactSet.Create("worker-1", Found);
        Assert.Contains("\n  kernel      6.8.0-45-generic (x86_64)\n", CliRun.WithFacts(node, null, "evaluate", "f.json").Stdout);
        Assert.DoesNotContain("  kernel  ", CliRun.WithFacts(null, [node], "cluster", "inv.json").Stdout);
    }

    [Fact]
    public void Check_HostileNodeNameAndHeaderValues_EscapedVisiblyAndMarkupPrintedAsIs()
    {
        var facts = FactSet.Create("[bold]n\r", [
            new OsRelease("x", null, "\u001b]0;owned\u0007 [red]x[/]", []),
            new HostPackage("containerd", PackageVersion.ParseDpkg("1.7.12"), null, PackageSource.Dpkg),
            ComponentVersion.Of(ComponentNames.Calico, "v3.28.0") with { Provenance = Provenance.FromFile("/run/containers/storage/overlay-containers/\u202Eid/userdata/config.json") }]);
        var run = CliRun.WithFacts(facts, null, "check");
        Assert.StartsWith("Node: [bold]n\\x0D\n", run.Stdout);
        Assert.Contains("  os          \\x1B]0;owned\\x07 [red]x[/]\n", run.Stdout);
        Assert.Contains("containers read from /run/containers/storage/overlay-containers\n", run.Stdout);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.DoesNotContain('\r', run.Stdout);
    }

    [Fact]
    public void Check_AssumedKernel_HeaderShowsTheValueAndWhereItCameFromOnce()
    {
        var run = CliRun.WithFacts(FactSet.Create("n", Found), null, "check", "--assume", "kernel=4.19.0-26-amd64");
        Assert.Contains("  kernel      4.19.0-26-amd64 (x86_64) [user: --assume kernel=4.19.0-26-amd64]\n", run.Stdout);
    }

    [Theory]
    [InlineData(new[] { "check", "--node-name", "node-from-option" }, null, "node-from-option")]
    [InlineData(new[] { "check" }, "node-from-env", "node-from-env")]
    [InlineData(new[] { "check", "--node-name", "node-from-option" }, "node-from-env", "node-from-option")]
    [InlineData(new[] { "--node-name", "node-from-option" }, null, "node-from-option")]
    [InlineData(new[] { "check" }, "", "collected-host-name")]
    [InlineData(new[] { "check" }, null, "collected-host-name")]
    public void Check_NodeName_OptionThenNodeNameVariableThenTheCollectedName(string[] args, string? variable, string expected)
    {
        var run = CliRun.With(Services(variable), [.. args, "--format", "json"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"\"subject\": \"{expected}\"", run.Stdout);
    }

    [Fact]
    public void Collect_NodeName_NamesTheSnapshotsSubject()
    {
        var services = new CliServices
        {
            LocalFacts = _ => new InMemorySource("local", [TestEngine.Node("collected-host-name")]),
            SerializeSnapshot = facts => $"subject {facts.Subject}\n",
        };
        var run = CliRun.With(services, "collect", "--node-name", "worker-9");
        Assert.Equal("subject worker-9\n", run.Stdout);
    }

    [Fact]
    public void Check_EmptyNodeName_Exits2()
    {
        var run = CliRun.With(Services(null), "check", "--node-name", " ");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("compatrules: --node-name: empty", run.Stderr);
    }

    [Fact]
    public void Evaluate_NodeNameOption_IsNotOffered()
    {
        var run = CliRun.WithFacts(FactSet.Create("n", Found), null, "evaluate", "f.json", "--node-name", "x");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Cluster_ManyNodesPerFinding_ListsTheFirstTenAndHowManyMore()
    {
        var nodes = Enumerable.Range(1, 1007).Select(i => TestEngine.Node($"worker-{i}", kubeProxy: "v1.29.0")).ToList();
        var run = CliRun.WithFacts(null, nodes, "cluster", "inv.json");
        Assert.Contains($"  affected: 1007/1007 node(s): {string.Join(", ", Enumerable.Range(1, TableFormatter.NodesListed).Select(i => $"worker-{i}"))} and 997 more\n", run.Stdout);
        Assert.DoesNotContain("worker-11,", run.Stdout);
    }

    [Fact]
    public void Cluster_TenNodesPerFinding_ListedWhole()
    {
        var nodes = Enumerable.Range(1, TableFormatter.NodesListed).Select(i => TestEngine.Node($"worker-{i}", kubeProxy: "v1.29.0")).ToList();
        var run = CliRun.WithFacts(null, nodes, "cluster", "inv.json");
        Assert.Contains($"node(s): worker-1, worker-2, worker-3, worker-4, worker-5, worker-6, worker-7, worker-8, worker-9, worker-10\n", run.Stdout);
        Assert.DoesNotContain(" more\n", run.Stdout);
    }

    internal static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static CliServices Services(string? nodeNameVariable) => new()
    {
        Engine = TestEngine.Create(),
        LocalFacts = _ => new InMemorySource("local", [TestEngine.Node("collected-host-name")]),
        NodeNameVariable = nodeNameVariable,
        Clock = new FixedClock(GoldenOutputTest.Now),
    };
}
