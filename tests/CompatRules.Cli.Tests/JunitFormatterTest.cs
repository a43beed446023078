using System.Xml.Linq;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class JunitFormatterTest
{
    private static XDocument Junit() => XDocument.Parse(GoldenOutputTest.Render("junit", new ReportBatch([TestReports.NodeA(), TestReports.NodeB()])));

    [Fact]
    public void Write_TwoNodes_OneSuitePerNodeOneCasePerRule()
    {
        var suites = Junit().Root!.Elements("testsuite").ToList();
        Assert.Equal(["node-a", "node-b"], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal([6, 2], suites.Select(s => s.Elements("testcase").Count()));
        Assert.Equal(8, suites.Sum(s => (int)s.Attribute("tests")!));
        Assert.Null(Junit().Root!.Attribute("tests"));
    }

    [Fact]
    public void Write_FixedReport_AffectedFailsUnknownSkipsErrorErrs()
    {
        var cases = Junit().Root!.Elements("testsuite").First().Elements("testcase").ToDictionary(c => ((string)c.Attribute("name")!).Split(':')[0]);
        Assert.Equal("critical", (string)cases["DEMO-CRASH"].Element("failure")!.Attribute("type")!);
        Assert.NotNull(cases["DEMO-SLOW"].Element("failure"));
        Assert.Equal("missing: socket:mptcp-ip-transparent, setting:calico/BPF", (string)cases["DEMO-UNKNOWN"].Element("skipped")!.Attribute("message")!);
        Assert.Equal("NullReferenceException: boom", (string)cases["DEMO-BROKEN"].Element("error")!.Attribute("message")!);
        Assert.Empty(cases["DEMO-FINE"].Elements());
        var suite = Junit().Root!.Elements("testsuite").First();
        Assert.Equal([2, 1, 1], new[] { "failures", "skipped", "errors" }.Select(a => (int)suite.Attribute(a)!));
    }
}
