using System.Globalization;
using System.Text;
using System.Xml;
using CompatRules.Cli.Cluster;
using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>JUnit XML: a testsuite per node, a testcase per rule; Affected is a failure, Unknown skipped with the
/// missing facts, Error an error. Written as the nodes come, so the <c>testsuites</c> root carries only its name: the
/// totals, which would have to precede every suite, are each suite's own attributes. Text XML 1.0 cannot carry
/// (control characters) is escaped visibly (<see cref="VisibleText.Xml"/>).</summary>
internal sealed class JunitFormatter : StreamingFormatter
{
    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(output);

    private static void WriteSuite(XmlWriter xml, CompatReport report, string node)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", node);
        xml.WriteAttributeString("tests", Number(report.Results.Length));
        xml.WriteAttributeString("failures", Number(report.Count(Outcome.Affected)));
        xml.WriteAttributeString("errors", Number(report.Count(Outcome.Error)));
        xml.WriteAttributeString("skipped", Number(report.Count(Outcome.Unknown)));
        foreach (var result in report.Results)
        {
            WriteTestCase(xml, result, node);
        }

        xml.WriteEndElement();
    }

    private static void WriteTestCase(XmlWriter xml, RuleResult result, string node)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"compatrules.{node}");
        xml.WriteAttributeString("name", VisibleText.Xml($"{result.RuleId}: {result.Title}"));
        switch (result.Outcome)
        {
            case Outcome.Affected:
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", VisibleText.Xml(result.Title));
                xml.WriteAttributeString("type", ReportJson.SeverityName(result.Severity));
                xml.WriteString(VisibleText.Xml(string.Join("\n", result.Evidence.Select(e => "evidence: " + e.Description).Concat(result.Rule.Remediation.Select(s => "fix: " + s)))));
                xml.WriteEndElement();
                break;
            case Outcome.Unknown:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", VisibleText.Xml("missing: " + string.Join(", ", result.MissingFacts)));
                xml.WriteEndElement();
                break;
            case Outcome.Error:
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", VisibleText.Xml(result.Error ?? "rule failed"));
                xml.WriteEndElement();
                break;
            case Outcome.NotApplicable:
                xml.WriteStartElement("properties");
                xml.WriteStartElement("property");
                xml.WriteAttributeString("name", "outcome");
                xml.WriteAttributeString("value", "not-applicable");
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }

        xml.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Writer : ReportWriter
    {
        private readonly Stream _output;
        private readonly XmlWriter _xml;

        public Writer(Stream output)
        {
            _output = output;
            _xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineChars = "\n" });
            _xml.WriteStartDocument();
            _xml.WriteStartElement("testsuites");
            _xml.WriteAttributeString("name", "compatrules");
        }

        public override void Add(CompatReport report, string node)
        {
            WriteSuite(_xml, report, VisibleText.Xml(node));
            _xml.Flush();
        }

        public override void End(ClusterSummary? cluster)
        {
            _xml.WriteEndElement();
            _xml.WriteEndDocument();
            _xml.Flush();
            _output.Write("\n"u8);
            _xml.Dispose();
        }
    }
}
