using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Commands;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Reports;
using CompatRules.Tests.Snapshots.Properties;
using CompatRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Outcome = CompatRules.Reports.Outcome;
using FsCheck.Xunit;
using YamlDotNet.RepresentationModel;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>Every output format stays parseable by its own grammar for any text in node names, facts (evidence),
/// missing fact keys, notes and errors, and keeps that text where the format can carry it. One generator
/// (<see cref="HostileRunGenerators"/>) serves every format. The seed is fixed (CI replays the same cases); FsCheck
/// prints it with the shrunk case on failure.</summary>
[Properties(Arbitrary = [typeof(HostileRunGenerators)], MaxTest = 150, Replay = "(20261201,20261205)")]
public sealed class OutputGrammarPropertyTest
{
    private static readonly global::Json.Schema.JsonSchema ReportSchema = JsonSchemaAssert.Load("Schemas/report.schema.json");

    private static readonly SarifSchema Sarif = SarifSchema.Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

    [Property]
    public Property Json_AnyText_ParsesToTheReportSchemaAndKeepsEveryString(HostileRun run)
    {
        using var document = JsonDocument.Parse(run.Render("json"));
        var reports = run.Cluster ? [.. document.RootElement.GetProperty("reports").EnumerateArray()]
            : run.Reports.Length == 1 ? [document.RootElement] : document.RootElement.EnumerateArray().ToArray();
        var errors = reports.SelectMany(r => JsonSchemaAssert.Errors(ReportSchema, r)).ToList();
        var strings = CarriedText.Strings(document.RootElement);
        var lost = run.Texts.Where(t => !strings.Contains(CarriedText.AsUtf8(t))).ToList();
        var subjects = reports.Select(r => r.GetProperty("subject").GetString()).ToList();

        return (errors.Count == 0).Label("report schema: " + string.Join("; ", errors.Take(3)))
            .And((lost.Count == 0).Label("kept: " + string.Join(" | ", lost.Take(3).Select(HostileTextGenerators.Show))))
            .And(subjects.SequenceEqual(run.Reports.Select(r => r.Subject is null ? null : CarriedText.AsUtf8(r.Subject)))).Label("subjects round-trip");
    }

    [Property]
    public Property Junit_AnyText_ConformingXmlKeepingTheText(HostileRun run)
    {
        var settings = new XmlReaderSettings { ConformanceLevel = ConformanceLevel.Document, CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new StringReader(run.Render("junit")), settings);
        var document = XDocument.Load(reader);
        var suites = document.Root!.Elements("testsuite").ToList();
        var text = string.Join("\n", document.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Concat(e.Nodes().OfType<XText>().Select(t => t.Value))));
        var lost = CarriedText.Lost(run.NodeNames.Concat(run.AffectedEvidence).Concat(run.MissingFacts).Concat(run.Errors), text);

        return (document.Root.Name == "testsuites" && suites.Count == run.Reports.Length).Label("one testsuite per node")
            .And(suites.Zip(run.Reports).All(p => p.First.Elements("testcase").Count() == p.Second.Results.Length
                && p.First.Descendants("failure").Count() == p.Second.Count(Outcome.Affected)
                && p.First.Descendants("skipped").Count() == p.Second.Count(Outcome.Unknown)
                && p.First.Descendants("error").Count() == p.Second.Count(Outcome.Error))).Label("one testcase per result, by outcome")
            .And((lost.Count == 0).Label("kept: " + string.Join(" | ", lost.Take(3).Select(HostileTextGenerators.Show))));
    }

    [Property]
    public Property Sarif_AnyText_ValidAgainstTheSarifSchemaKeepingNodesAndEvidence(HostileRun run)
    {
        using var document = JsonDocument.Parse(run.Render("sarif"));
        var errors = Sarif.Validate(document.RootElement);
        var strings = CarriedText.Strings(document.RootElement);
        var affected = run.Reports.Select((r, i) => (Report: r, Node: ClusterSummary.NodeName(r, i))).Where(r => r.Report.Count(Outcome.Affected) > 0).ToList();
        var lost = affected.Select(r => r.Node).Concat(run.AffectedEvidence).Select(CarriedText.AsUtf8)
            .Where(t => !strings.Any(s => s.Contains(t, StringComparison.Ordinal))).ToList();
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();

        return (errors.Count == 0).Label("SARIF schema: " + string.Join("; ", errors.Take(3)))
            .And((results == run.Reports.Sum(r => r.Count(Outcome.Affected))).Label("one result per Affected rule and node"))
            .And((lost.Count == 0).Label("kept: " + string.Join(" | ", lost.Take(3).Select(HostileTextGenerators.Show))));
    }

    [Property]
    public Property Nfd_AnyText_FeatureFileOrNodeFeaturesWithValidLabels(HostileRun run)
    {
        if (!run.Cluster)
        {
            // A feature file is one node's (check and evaluate write one); it never holds the node's name.
            var lines = GoldenOutputTest.RenderExact("nfd", new ReportBatch([run.Reports[0]])).Split('\n');
            var labels = lines[1..^1].Select(l => l.Split('=', 2)).ToList();
            return (lines[0].StartsWith("# +expiry-time=", StringComparison.Ordinal) && lines[^1].Length == 0).Label("expiry header, final newline")
                .And((labels.Count == run.Reports[0].Results.Length && labels.All(l => l.Length == 2 && LabelSyntax.IsKey(l[0]) && LabelSyntax.IsValue(l[1]))
                    && labels.Select(l => l[0]).Distinct().Count() == labels.Count).Label("one key=value line per rule, in label syntax"));
        }

        string yaml;
        try
        {
            yaml = run.Render("nfd");
        }
        catch (CliException e)
        {
            var refusable = run.NodeNames.Any(n => !LabelSyntax.IsSubdomain(n) || !LabelSyntax.IsValue(n));
            return refusable.Label("refused only for a node name that cannot be a label value: " + e.Message);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var features = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).ToList();
        var names = features.Select(f => Scalar(f, "metadata", "labels", NfdFormatter.NodeNameLabel)).ToList();
        var keys = features.SelectMany(f => ((YamlMappingNode)f["spec"]["labels"]).Children).ToList();
        return names.SequenceEqual(run.NodeNames).Label("node-name labels round-trip: " + string.Join(", ", names.Select(HostileTextGenerators.Show)))
            .And(features.All(f => LabelSyntax.IsSubdomain(Scalar(f, "metadata", "name")) && Scalar(f, "kind") == "NodeFeature")).Label("NodeFeature objects with valid names")
            .And(keys.All(k => LabelSyntax.IsKey(((YamlScalarNode)k.Key).Value!) && LabelSyntax.IsValue(((YamlScalarNode)k.Value).Value!))).Label("labels in label syntax");
    }

    [Property]
    public Property Prometheus_AnyText_StrictExpositionKeepingTheNode(HostileRun run)
    {
        var samples = PrometheusExposition.Parse(run.Render("prometheus"));
        var outcomes = Enum.GetValues<Outcome>().Length;
        var expectedNodes = run.Reports.Zip(run.NodeNames).SelectMany(r => Enumerable.Repeat(CarriedText.AsUtf8(r.Second), r.First.Results.Length * outcomes));

        return samples.Select(s => s.Labels["node"]).SequenceEqual(expectedNodes).Label("node label round-trips, one sample per rule and outcome")
            .And(samples.Chunk(outcomes).All(c => c.Count(s => s.Value == 1) == 1 && c.All(s => s.Value is 0 or 1))).Label("one outcome is 1, the others 0");
    }

    [Property]
    public Property Table_AnyText_NoRawControlCharacterAndNothingLost(HostileRun run)
    {
        var text = run.Render("table");
        var raw = text.Where((c, i) => c != '\n' && (char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
            || (CarriedText.MayBeEscaped(text, i) && char.IsSurrogate(c)))).Distinct().ToList();
        var carried = run.Cluster ? run.NodeNames.Concat(run.MissingFacts) : run.Texts;
        var lost = CarriedText.LostOrUncut(carried, text);

        return (raw.Count == 0).Label("raw: " + string.Join(" ", raw.Select(c => $"U+{(int)c:X4}")))
            .And((lost.Count == 0).Label("kept: " + string.Join(" | ", lost.Take(3).Select(HostileTextGenerators.Show))));
    }

    [Fact]
    public void Generator_ReachesLoneSurrogatesLongTextValidNodeNamesAndEveryOutcome()
    {
        var runs = HostileRunGenerators.Run.Sample(300);
        var texts = runs.SelectMany(r => r.Texts).ToList();

        Assert.Contains(texts, t => t.Any(char.IsSurrogate) && !HostileTextGenerators.IsWellFormed(t));
        Assert.Contains(texts, t => t.Length >= 4_000);
        Assert.Contains(texts, t => t.Contains('\0') && t.Contains('\r'));
        Assert.Contains(runs, r => r.Cluster && r.NodeNames.All(n => LabelSyntax.IsSubdomain(n) && LabelSyntax.IsValue(n)));
        Assert.All(Enum.GetValues<Outcome>(), o => Assert.Contains(runs, r => r.Results.Any(x => x.Outcome == o)));
    }

    private static string Scalar(YamlMappingNode node, params string[] path)
        => ((YamlScalarNode)path[..^1].Aggregate(node, (n, key) => (YamlMappingNode)n[key])[path[^1]]).Value!;
}
