using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

public class LineFormatterTest
{
    [Fact]
    public void Write_Nfd_OneLabelPerRuleLowerCase()
    {
        var lines = GoldenOutputTest.Render("nfd", new ReportBatch([TestReports.NodeA()])).TrimEnd('\n').Split('\n');
        Assert.Equal(7, lines.Length);
        Assert.Equal("# +expiry-time=2025-01-02T12:00:00Z", lines[0]);
        Assert.Contains("compatrules.io/demo-crash=affected", lines);
        Assert.Contains("compatrules.io/demo-fine=not-affected", lines);
        Assert.Contains("compatrules.io/demo-absent=not-applicable", lines);
    }

    [Fact]
    public void Write_Prometheus_OneSamplePerRuleAndOutcome()
    {
        var lines = GoldenOutputTest.Render("prometheus", new ReportBatch([TestReports.NodeA()])).TrimEnd('\n').Split('\n');
        Assert.Equal("# TYPE compatrules_rule_outcome gauge", lines[1]);
        Assert.StartsWith("# HELP compatrules_rule_outcome ", lines[0]);
        Assert.Equal(6 * 5, lines.Length - 2);
        Assert.Contains("compatrules_rule_outcome{rule=\"DEMO-CRASH\",severity=\"critical\",component=\"kube-ovn\",outcome=\"affected\",node=\"node-a\"} 1", lines);
        Assert.Contains("compatrules_rule_outcome{rule=\"DEMO-CRASH\",severity=\"critical\",component=\"kube-ovn\",outcome=\"unknown\",node=\"node-a\"} 0", lines);
        Assert.Equal(6, lines.Count(l => l.EndsWith(" 1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_Prometheus_ReportsWithoutSubject_NamedAsInTheOtherFormatsSoNoSeriesRepeats()
    {
        // Found by OutputGrammarPropertyTest: both used to be node="", two identical series node-exporter rejects.
        var reports = new ReportBatch([new CompatReport(null, TestReports.NodeB().Results), new CompatReport(string.Empty, TestReports.NodeB().Results)]);
        var samples = Properties.PrometheusExposition.Parse(GoldenOutputTest.Render("prometheus", reports));
        Assert.Equal(["node-1", "node-2"], samples.Select(s => s.Labels["node"]).Distinct());
    }
}
