using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Reports;
using CompatRules.Tests.Snapshots.Properties;

namespace CompatRules.Cli.Tests.Properties;

/// <summary>Reports of one to three nodes whose subjects, evidence (made from hostile facts), missing fact keys,
/// notes and errors hold hostile text; written as one node's output, several nodes', or a cluster's.</summary>
/// <param name="Reports">The reports, one per node.</param>
/// <param name="Cluster">True for <c>cluster</c>'s output (summary by finding, NodeFeature objects).</param>
public sealed record HostileRun(CompatReport[] Reports, bool Cluster)
{
    /// <summary>What the formatters get.</summary>
    public ReportBatch Batch => new(Reports, Cluster ? ClusterSummary.Create(Reports) : null);

    /// <summary>Each node's name as the formatters get it: the subject, or <c>node-N</c> for a report without one.</summary>
    public IEnumerable<string> NodeNames => Reports.Select(ClusterSummary.NodeName);

    /// <summary>The results of every report.</summary>
    public IEnumerable<RuleResult> Results => Reports.SelectMany(r => r.Results);

    /// <summary>The evidence descriptions of the Affected results: what every finding carries.</summary>
    public IEnumerable<string> AffectedEvidence
        => Results.Where(r => r.Outcome == Outcome.Affected).SelectMany(r => r.Evidence).Select(e => e.Description);

    /// <summary>The missing fact keys of the Unknown results.</summary>
    public IEnumerable<string> MissingFacts => Results.SelectMany(r => r.MissingFacts);

    /// <summary>The messages of the Error results.</summary>
    public IEnumerable<string> Errors => Results.Select(r => r.Error).OfType<string>();

    /// <summary>The reports' subjects, where they have one.</summary>
    public IEnumerable<string> Subjects => Reports.Select(r => r.Subject).OfType<string>();

    /// <summary>Every hostile string in the reports: subjects, evidence descriptions and provenances, missing fact
    /// keys, notes and errors.</summary>
    public IEnumerable<string> Texts
        => Subjects.Concat(Results.SelectMany(r => r.Evidence.SelectMany(e => new[] { e.Description, e.Provenance.ToString() })))
            .Concat(MissingFacts).Concat(Results.SelectMany(r => r.Notes)).Concat(Errors);

    /// <summary>Renders the run in <paramref name="format"/>, exactly as written (no newline translation).</summary>
    public string Render(string format) => GoldenOutputTest.RenderExact(format, Batch);

    public override string ToString()
        => $"{(Cluster ? "cluster" : "nodes")} [{string.Join(", ", NodeNames.Select(HostileTextGenerators.Show))}]; texts: "
            + string.Join(" | ", Texts.Distinct().Take(12).Select(HostileTextGenerators.Show));
}
