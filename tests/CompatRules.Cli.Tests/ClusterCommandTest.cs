using System.Text.Json;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;

namespace CompatRules.Cli.Tests;

public class ClusterCommandTest
{
    private static readonly FactSet[] Nodes =
    [
        TestEngine.Node("worker-1", calico: "v3.28.0", bpf: true, kubeProxy: "v1.29.2"),
        TestEngine.Node("worker-2", calico: "v3.28.0", kubeProxy: "v1.29.2"),
        TestEngine.Node(null, calico: "v3.29.1", bpf: true, kubeProxy: "v1.30.0"),
    ];

    [Fact]
    public void Run_ClusterJson_ListsPerRuleNodeCounts()
    {
        var run = CliRun.WithFacts(null, Nodes, "cluster", "inventory.json", "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(3, json.GetProperty("nodeCount").GetInt32());
        var findings = json.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("ruleId").GetString()!);
        Assert.Equal(["TEST-PROXY-OLD", "TEST-CALICO-BPF"], findings.Keys);
        Assert.Equal(2, findings["TEST-PROXY-OLD"].GetProperty("affected").GetProperty("count").GetInt32());
        Assert.Equal(["worker-1"], findings["TEST-CALICO-BPF"].GetProperty("affected").GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["worker-2"], findings["TEST-CALICO-BPF"].GetProperty("unknown").GetProperty("nodes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["setting:calico/BPF"], findings["TEST-CALICO-BPF"].GetProperty("missingFacts").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["worker-1", "worker-2", "node-3"], json.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("subject").GetString()));
    }

    [Fact]
    public void Run_ClusterTable_SaysWhichNodeLocalCollectionSettlesUnknowns()
    {
        var run = CliRun.WithFacts(null, Nodes, "cluster", "inventory.json");
        Assert.Contains("TEST-CALICO-BPF (medium) Calico BPF dataplane drops traffic\n  affected: 1/3 node(s): worker-1\n  unknown: 1/3 node(s): worker-2\n    missing: setting:calico/BPF\n    run `compatrules check` on the node to collect: setting:calico/BPF\n", run.Stdout);
        Assert.Contains("  node-3: 0 affected, 0 unknown, 0 error\n", run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Run_ManyNodesOnTerminal_DrawsProgressOnStderr()
    {
        var many = Enumerable.Range(1, 51).Select(i => TestEngine.Node($"n{i}")).ToList();
        var services = new CliServices { Engine = TestEngine.Create(), StderrIsTerminal = true, InventoryFacts = (p, _) => new InMemorySource(p, many) };
        var run = CliRun.With(services, "cluster", "-", "--format", "nfd");
        Assert.EndsWith("] 51/51 nodes\n", run.Stderr);
        var notTerminal = CliRun.With(new CliServices { Engine = TestEngine.Create(), InventoryFacts = (p, _) => new InMemorySource(p, many) }, "cluster", "-");
        Assert.Equal(string.Empty, notTerminal.Stderr);
    }

    [Fact]
    public void ProgressBar_ShorterRedraw_IsPaddedOverTheLongerOne()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var bar = new ProgressBar(writer, 2, "resources");

        bar.Report(0, "listing configmaps: 1000");
        bar.Report(1, "listing x: 1");
        bar.Report(2);

        var frames = writer.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(frames[0].Length, frames[1].Length);
        Assert.Equal("[###############               ] 1/2 resources listing x: 1", frames[1].TrimEnd());
        Assert.Equal("[##############################] 2/2 resources" + new string(' ', frames[1].TrimEnd().Length - 46) + "\n", frames[2]);
    }

    [Fact]
    public void Create_HandBuiltReports_GroupsByRuleMostAffectingFirst()
    {
        var engine = TestEngine.Create();
        var summary = ClusterSummary.Create([.. Nodes.Select(engine.Evaluate)]);
        Assert.Equal(3, summary.NodeCount);
        Assert.Equal(["TEST-PROXY-OLD:2:0", "TEST-CALICO-BPF:1:1"], summary.Findings.Select(f => $"{f.Rule.Id}:{f.AffectedNodes.Length}:{f.UnknownNodes.Length}"));
        Assert.Equal(["worker-1", "worker-2"], summary.Findings[0].AffectedNodes.ToArray());
    }
}
