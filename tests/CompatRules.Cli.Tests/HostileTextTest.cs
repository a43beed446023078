using System.Xml.Linq;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Cli.Tests;

/// <summary>Strings from the input (node names, evidence, errors) cannot drive a terminal, break XML or start lines.</summary>
public class HostileTextTest
{
    private const string Hostile = "evil\u001b]8;;https://x.test\u0007\u001b[2J\rnode\n\u0000\u202Egnp.exe\uFFFE";

    private static CompatReport HostileReport() => new(Hostile,
    [
        new RuleResult(TestReports.Critical, Outcome.Affected, [new Evidence("kernel", "kernel " + Hostile, Provenance.FromFile("/proc/" + Hostile))], [], ["note " + Hostile]),
        new RuleResult(TestReports.Unknown, Outcome.Unknown, [], ["component:" + Hostile], []),
        new RuleResult(TestReports.Broken, Outcome.Error, [], [], [], "boom " + Hostile),
    ]);

    [Fact]
    public void Junit_ControlCharactersInNodeAndResults_ParseableWithVisibleEscapes()
    {
        var reports = new[] { HostileReport() };
        var text = GoldenOutputTest.Render("junit", new ReportBatch(reports, ClusterSummary.Create(reports)));
        var suite = XDocument.Parse(text).Root!.Element("testsuite")!;
        Assert.Equal("evil\\x1B]8;;https://x.test\\x07\\x1B[2J\\x0Dnode\n\\x00\\u202Egnp.exe\\uFFFE", (string)suite.Attribute("name")!);
        Assert.Contains("\\x1B", (string)suite.Descendants("error").Single().Attribute("message")!);
        Assert.DoesNotContain('\u001b', text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Table_ControlCharacters_EscapedVisiblyOnOneLine(bool cluster)
    {
        var reports = new[] { HostileReport() };
        var text = GoldenOutputTest.Render("table", new ReportBatch(reports, cluster ? ClusterSummary.Create(reports) : null));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain('\u202E', text);
        Assert.Contains("evil\\x1B]8;;https://x.test\\x07\\x1B[2J\\x0Dnode\\x0A\\x00\\u202Egnp.exe", text);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith("node", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_HostileErrorMessage_EscapedOnStderr()
    {
        var services = new CliServices
        {
            Engine = TestEngine.Create(),
            InventoryFacts = (p, _) => new InMemorySource($"inventory {p}", [], new IOException("cannot read \u001b[31mred\u0007"), ["warn \u001b[2J"]),
        };
        var run = CliRun.With(services, "cluster", "inv.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("compatrules: inventory inv.json: cannot read \\x1B[31mred\\x07\n", run.Stderr);
    }

    [Fact]
    public void Terminal_PlainText_ReturnedUnchanged()
    {
        const string plain = "worker-1.example (kernel 6.8.0-45-generic) \\ ünïcode";
        Assert.Same(plain, VisibleText.Terminal(plain));
        Assert.Equal("a\\uD800b", VisibleText.Terminal("a\uD800b"));
        Assert.Equal("emoji \U0001F600", VisibleText.Xml("emoji \U0001F600"));
    }
}
