using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

public class ReportJsonTest
{
    [Fact]
    public void Serialize_FixedReport_HasSchemaSubjectSummaryAndResultFields()
    {
        var json = JsonDocument.Parse(ReportJson.Serialize(TestReports.NodeA())).RootElement;
        Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("node-a", json.GetProperty("subject").GetString());
        var summary = json.GetProperty("summary");
        Assert.Equal([6, 2, 1, 1, 1, 1], new[] { "total", "affected", "unknown", "error", "notAffected", "notApplicable" }.Select(n => summary.GetProperty(n).GetInt32()));
        var crash = json.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "DEMO-CRASH");
        Assert.Equal("affected", crash.GetProperty("outcome").GetString());
        Assert.Equal("critical", crash.GetProperty("severity").GetString());
        Assert.Equal("kube-ovn", crash.GetProperty("component").GetString());
        Assert.Equal("file /proc/sys/kernel/osrelease", crash.GetProperty("evidence")[0].GetProperty("provenance").GetString());
        Assert.Equal(2, crash.GetProperty("remediation").GetArrayLength());
        Assert.Equal("https://example.test/issues/1", crash.GetProperty("references")[0].GetString());
        Assert.Equal(JsonValueKind.Null, crash.GetProperty("error").ValueKind);
    }
}
