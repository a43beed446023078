using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Tests.Snapshots.Properties;
using FsCheck;
using FsCheck.Fluent;
using Outcome = CompatRules.Reports.Outcome;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>FsCheck generators of <see cref="HostileRun"/>s: the rules of <see cref="TestReports"/>, each with a
/// random outcome; Affected results carry evidence made (<see cref="Evidence.Of"/>) from the hostile facts of
/// <see cref="HostileTextGenerators.FactOf"/>, Unknown ones those facts' keys as missing facts, Error ones a hostile
/// message; all text from <see cref="HostileTextGenerators.AnyText"/>. Half the node names are valid Kubernetes
/// names (and some one character away from valid), so that the NFD cluster output is written and not only refused. Shrinking drops nodes, results, evidence
/// and notes, and shortens the text.</summary>
public static class HostileRunGenerators
{
    private static readonly RuleMetadata[] Rules = [TestReports.Critical, TestReports.Medium, TestReports.Unknown, TestReports.Fine, TestReports.Absent, TestReports.Broken];

    private static Gen<string> Text => HostileTextGenerators.AnyText;

    private static Gen<string> KubernetesName { get; } =
        from parts in Gen.Elements("node", "worker-1", "ip-10-0-0-7.ec2.internal", "a", "k8s-0", "9").ArrayOf(2)
        select string.Join(".", parts.DefaultIfEmpty("node"));

    /// <summary>A valid name with one character before or after it that makes it invalid (a line feed after it is
    /// what a regular expression ending in <c>$</c> lets through).</summary>
    private static Gen<string> NearlyValidName { get; } =
        from name in KubernetesName
        from extra in Gen.Elements("\n", "\r", "\0", " ", "_", "A", "\u00e9", "\u202e")
        from after in Gen.Elements(true, false)
        select after ? name + extra : extra + name;

    private static Gen<string?> Subject { get; } =
        Gen.Frequency(
            (4, Text.Select(t => (string?)t)),
            (4, KubernetesName.Select(n => (string?)n)),
            (1, NearlyValidName.Select(n => (string?)n)),
            (1, Gen.Constant<string?>(null)));

    private static Gen<RuleResult> Result(RuleMetadata rule) =>
        from outcome in Gen.Elements(Enum.GetValues<Outcome>())
        from facts in HostileTextGenerators.FactOf(Text).ArrayOf(3)
        from notes in Text.ArrayOf(2)
        from error in Text
        select outcome switch
        {
            Outcome.Affected => new RuleResult(rule, outcome, [.. facts.Select(Evidence.Of)], [], [.. notes]),
            Outcome.Unknown => new RuleResult(rule, outcome, [], [.. facts.Select(f => f.Key).DefaultIfEmpty("setting:" + error)], []),
            Outcome.Error => new RuleResult(rule, outcome, [], [], [], error),
            _ => new RuleResult(rule, outcome, [], [], []),
        };

    private static Gen<CompatReport> Report { get; } =
        from subject in Subject
        from results in Gen.CollectToArray(Rules.Select(Result))
        from count in Gen.Choose(0, Rules.Length)
        select new CompatReport(subject, results.Take(count));

    /// <summary>One to three reports, their node names distinct (as the inventory reader and the API give them);
    /// a cluster's output in half the runs.</summary>
    public static Gen<HostileRun> Run { get; } =
        (from count in Gen.Choose(1, 3)
         from reports in Report.ArrayOf(count)
         from cluster in Gen.Elements(true, false)
         select new HostileRun(reports, cluster)).Where(DistinctNodes);

    /// <summary>The arbitrary FsCheck finds through <c>[Properties(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<HostileRun> HostileRuns() => Arb.From(Run, run => Shrink(run).Where(DistinctNodes));

    private static bool DistinctNodes(HostileRun run) => run.NodeNames.Distinct().Count() == run.Reports.Length;

    private static IEnumerable<HostileRun> Shrink(HostileRun run)
    {
        if (run.Cluster)
        {
            yield return run with { Cluster = false };
        }

        for (var i = 0; i < run.Reports.Length && run.Reports.Length > 1; i++)
        {
            yield return run with { Reports = [.. run.Reports.Where((_, at) => at != i)] };
        }

        for (var i = 0; i < run.Reports.Length; i++)
        {
            foreach (var report in ShrinkReport(run.Reports[i]))
            {
                var reports = (CompatReport[])run.Reports.Clone();
                reports[i] = report;
                yield return run with { Reports = reports };
            }
        }
    }

    private static IEnumerable<CompatReport> ShrinkReport(CompatReport report)
    {
        foreach (var subject in HostileTextGenerators.Shrink(report.Subject ?? string.Empty).Take(4))
        {
            yield return new CompatReport(subject, report.Results);
        }

        for (var i = 0; i < report.Results.Length; i++)
        {
            yield return new CompatReport(report.Subject, report.Results.RemoveAt(i));
            foreach (var result in ShrinkResult(report.Results[i]))
            {
                yield return new CompatReport(report.Subject, report.Results.SetItem(i, result));
            }
        }
    }

    private static IEnumerable<RuleResult> ShrinkResult(RuleResult result)
    {
        for (var i = 0; i < result.Evidence.Length; i++)
        {
            yield return result with { Evidence = result.Evidence.RemoveAt(i) };
            foreach (var description in HostileTextGenerators.Shrink(result.Evidence[i].Description).Take(4))
            {
                yield return result with { Evidence = result.Evidence.SetItem(i, result.Evidence[i] with { Description = description }) };
            }
        }

        for (var i = 0; i < result.Notes.Length; i++)
        {
            yield return result with { Notes = result.Notes.RemoveAt(i) };
        }

        for (var i = 0; i < result.MissingFacts.Length && result.MissingFacts.Length > 1; i++)
        {
            yield return result with { MissingFacts = result.MissingFacts.RemoveAt(i) };
        }

        foreach (var error in result.Error is null ? [] : HostileTextGenerators.Shrink(result.Error).Take(4))
        {
            yield return result with { Error = error };
        }
    }
}
