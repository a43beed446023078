using System.Globalization;
using CompatRules.Cli.Cluster;
using CompatRules.Cli.Commands;
using CompatRules.Reports;
using CompatRules.Text;

namespace CompatRules.Cli.Output;

/// <summary>node-feature-discovery labels <c>compatrules.io/&lt;rule-id&gt;=&lt;outcome&gt;</c>. One node's report is a
/// local feature file (NFD's local source reads it on that node), headed by <c># +expiry-time=</c>. Several nodes
/// (from <c>cluster</c>) are what nfd-master consumes cluster-wide: one <c>NodeFeature</c> object per node, as YAML
/// documents ready for <c>kubectl apply -f</c>. Keys, values and names follow Kubernetes' syntax; a node name that is
/// not a valid label value is an error, never written.</summary>
/// <param name="now">The time of the run; the feature file expires <see cref="Expiry"/> after it.</param>
internal sealed class NfdFormatter(DateTimeOffset now) : StreamingFormatter
{
    public const string Prefix = "compatrules.io/";

    /// <summary>The label NFD reads a NodeFeature's node from.</summary>
    public const string NodeNameLabel = "nfd.node.kubernetes.io/node-name";

    /// <summary>How long NFD keeps a feature file's labels when it is not rewritten (the DaemonSet rewrites it hourly).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);

    public override ReportWriter Open(Stream output, IReadOnlyList<RuleMetadata> rules, bool cluster) => new Writer(output, cluster, now);

    private static void WriteFeatureFile(CompatReport report, DateTimeOffset now, TextWriter writer)
    {
        writer.WriteLine($"# +expiry-time={(now + Expiry).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
        foreach (var result in report.Results)
        {
            writer.WriteLine($"{Key(result)}={OutcomeLabels.Kebab(result.Outcome)}");
        }
    }
    private static void WriteNodeFeature(CompatReport report, string node, TextWriter writer)
    {
        if (!KubernetesNames.IsSubdomain(node) || !KubernetesNames.IsLabelValue(node))
        {
            throw new CliException($"node name {InputEcho.Quote(node)} is not a Kubernetes node name that can be a label value " +
                $"(at most {KubernetesNames.MaxLabelLength} lower-case alphanumerics, '-' and '.'); --format nfd cannot label it.");
        }

        writer.WriteLine("---");
        writer.WriteLine("apiVersion: nfd.k8s-sigs.io/v1alpha1");
        writer.WriteLine("kind: NodeFeature");
        writer.WriteLine("metadata:");
        writer.WriteLine($"  name: compatrules-{node}");
        writer.WriteLine("  labels:");
        writer.WriteLine($"    {NodeNameLabel}: \"{node}\"");
        writer.WriteLine("spec:");
        writer.WriteLine(report.Results.IsEmpty ? "  labels: {}" : "  labels:");
        foreach (var result in report.Results)
        {
            writer.WriteLine($"    {Key(result)}: \"{OutcomeLabels.Kebab(result.Outcome)}\"");
        }
    }

    private static string Key(RuleResult result)
        => Prefix + (KubernetesNames.LabelName(result.RuleId)
            ?? throw new CliException($"rule id '{result.RuleId}' cannot be a label name (at most {KubernetesNames.MaxLabelLength} characters); --format nfd cannot write it."));

    private sealed class Writer(Stream output, bool cluster, DateTimeOffset now) : TextReportWriter(output)
    {
        private bool _wroteFile;

        protected override void WriteReport(CompatReport report, string node)
        {
            if (cluster)
            {
                WriteNodeFeature(report, node, Text);
                return;
            }

            if (_wroteFile)
            {
                throw new InvalidOperationException("A feature file holds one node's labels; several nodes are a cluster's NodeFeature objects.");
            }

            WriteFeatureFile(report, now, Text);
            _wroteFile = true;
        }
    }
}
