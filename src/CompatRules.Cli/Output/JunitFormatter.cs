using System.Text;
using System.Xml;
using System.Xml.Linq;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>JUnit XML: a testsuite per node, a testcase per rule; Affected is a failure, Unknown skipped with the
/// missing facts, Error an error.</summary>
internal sealed class JunitFormatter : IReportFormatter
{
    public void Write(ReportBatch batch, TextWriter writer)
    {
        var suites = batch.Reports.Select((r, i) => Suite(r, VisibleText.Xml(ClusterSummary.NodeName(r, i)))).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "compatrules"),
            new XAttribute("tests", batch.Reports.Sum(r => r.Results.Length)),
            new XAttribute("failures", batch.Reports.Sum(r => r.Count(Outcome.Affected))),
            new XAttribute("errors", batch.Reports.Sum(r => r.Count(Outcome.Error))),
            new XAttribute("skipped", batch.Reports.Sum(r => r.Count(Outcome.Unknown))),
            suites);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            new XDocument(root).Save(xml);
        }

        writer.WriteLine(text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
    }

    private static XElement Suite(CompatReport report, string node) => new(
        "testsuite",
        new XAttribute("name", node),
        new XAttribute("tests", report.Results.Length),
        new XAttribute("failures", report.Count(Outcome.Affected)),
        new XAttribute("errors", report.Count(Outcome.Error)),
        new XAttribute("skipped", report.Count(Outcome.Unknown)),
        report.Results.Select(r => TestCase(r, node)));

    private static XElement TestCase(RuleResult result, string node)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("classname", $"compatrules.{node}"),
            new XAttribute("name", VisibleText.Xml($"{result.RuleId}: {result.Title}")));
        switch (result.Outcome)
        {
            case Outcome.Affected:
                element.Add(new XElement(
                    "failure",
                    new XAttribute("message", VisibleText.Xml(result.Title)),
                    new XAttribute("type", ReportJson.SeverityName(result.Severity)),
                    VisibleText.Xml(string.Join("\n", result.Evidence.Select(e => "evidence: " + e.Description).Concat(result.Rule.Remediation.Select(s => "fix: " + s))))));
                break;
            case Outcome.Unknown:
                element.Add(new XElement("skipped", new XAttribute("message", VisibleText.Xml("missing: " + string.Join(", ", result.MissingFacts)))));
                break;
            case Outcome.Error:
                element.Add(new XElement("error", new XAttribute("message", VisibleText.Xml(result.Error ?? "rule failed"))));
                break;
            case Outcome.NotApplicable:
                element.Add(new XElement("properties", new XElement("property", new XAttribute("name", "outcome"), new XAttribute("value", "not-applicable"))));
                break;
        }

        return element;
    }
}
