using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

/// <summary>NFD: one node's feature file with an expiry, NodeFeature objects for a cluster, Kubernetes label syntax.</summary>
public class NfdOutputTest
{
    [Fact]
    public void Cluster_TwoNodes_OneNodeFeaturePerNodeNamedByLabel()
    {
        var reports = new[] { TestReports.NodeA(), TestReports.NodeB() };
        var documents = YamlLite.ParseDocuments(GoldenOutputTest.Render("nfd", new ReportBatch(reports, ClusterSummary.Create(reports))))
            .Select(d => d.AsMap()).ToList();
        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.Equal("nfd.k8s-sigs.io/v1alpha1", d["apiVersion"]));
        Assert.All(documents, d => Assert.Equal("NodeFeature", d["kind"]));
        var metadata = documents.Select(d => d["metadata"].AsMap()).ToList();
        Assert.Equal(["compatrules-node-a", "compatrules-node-b"], metadata.Select(m => m["name"]));
        Assert.Equal(["node-a", "node-b"], metadata.Select(m => m["labels"].AsMap()[NfdFormatter.NodeNameLabel]));
        var labels = documents[0]["spec"].AsMap()["labels"].AsMap();
        Assert.Equal("affected", labels["compatrules.io/demo-crash"]);
        Assert.Equal("not-applicable", labels["compatrules.io/demo-absent"]);
        Assert.Equal(6, labels.Count);
    }

    [Theory]
    [InlineData("worker-1\ncompatrules.io/demo-crash=not-affected")]
    [InlineData("worker-1\n")]
    [InlineData("0\n")]
    [InlineData("Worker_1")]
    [InlineData("a-very-long-node-name-that-is-a-valid-dns-subdomain-but-not-a-label-value.example.com")]
    public void Cluster_NodeNameNotALabelValue_Exits2NamingIt(string name)
    {
        var run = CliRun.WithFacts(null, [TestEngine.Node("ok-node"), TestEngine.Node(name)], "cluster", "inv.json", "--format", "nfd");
        Assert.Equal(2, run.ExitCode);
        var shown = name.Length <= 64 ? $"'{VisibleText.Terminal(name)}'" : $"'{name[..64]}…' ({name.Length} characters)";
        Assert.StartsWith($"compatrules: node name {shown} is not a Kubernetes node name that can be a label value", run.Stderr);
        Assert.DoesNotContain("\ncompatrules.io/", run.Stderr);
    }

    [Fact]
    public void FeatureFile_RuleIdOutsideLabelSyntax_LowerCasedAndDashed()
    {
        var rule = new RuleMetadata { Id = "ACME/NIC VXLAN+OLD", Title = "t", Severity = Severity.Low };
        var text = GoldenOutputTest.Render("nfd", new ReportBatch([new CompatReport("n", [new RuleResult(rule, Outcome.Affected, [], [], [])])]));
        Assert.Equal("# +expiry-time=2025-01-02T12:00:00Z\ncompatrules.io/acme-nic-vxlan-old=affected\n", text);
    }

    [Fact]
    public void Evaluate_SnapshotWithHostileSubject_FeatureFileHoldsNoNodeName()
    {
        var run = CliRun.WithFacts(TestEngine.Node("n\ncompatrules.io/x=not-affected", calico: "v3.28.0", bpf: true), null, "evaluate", "f.json", "--format", "nfd");
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("# +expiry-time=2025-01-02T12:00:00Z", lines[0]);
        Assert.All(lines[1..], l => Assert.Matches("^compatrules\\.io/test-[a-z-]+=[a-z-]+$", l));
        Assert.Equal(TestEngine.Create().Rules.Length, lines.Length - 1);
    }
}
