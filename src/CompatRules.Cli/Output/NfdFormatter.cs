using CompatRules.Cli.Cluster;

namespace CompatRules.Cli.Output;

/// <summary>A node-feature-discovery local feature file: <c>compatrules.io/&lt;rule-id&gt;=&lt;outcome&gt;</c> per rule.
/// Several nodes (from <c>cluster</c>) are separated by <c># node: NAME</c> comment lines.</summary>
internal sealed class NfdFormatter : IReportFormatter
{
    public const string Prefix = "compatrules.io/";

    public void Write(ReportBatch batch, TextWriter writer)
    {
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            if (batch.Reports.Count > 1)
            {
                writer.WriteLine($"# node: {ClusterSummary.NodeName(batch.Reports[i], i)}");
            }

            foreach (var result in batch.Reports[i].Results)
            {
                writer.WriteLine($"{Prefix}{result.RuleId.ToLowerInvariant()}={OutcomeLabels.Kebab(result.Outcome)}");
            }
        }
    }
}
