using System.Collections.Immutable;
using CompatRules.Reports;

namespace CompatRules.Cli.Cluster;

/// <summary>One rule's result across a cluster: the nodes it affects, the nodes it could not decide and why.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="AffectedNodes">The nodes where the rule is Affected, in input order.</param>
/// <param name="UnknownNodes">The nodes where the rule is Unknown, in input order.</param>
/// <param name="ErrorNodes">The nodes where the rule failed, in input order.</param>
/// <param name="MissingFacts">The facts missing on the Unknown nodes, each once, in first-seen order.</param>
public sealed record ClusterFinding(
    RuleMetadata Rule,
    ImmutableArray<string> AffectedNodes,
    ImmutableArray<string> UnknownNodes,
    ImmutableArray<string> ErrorNodes,
    ImmutableArray<string> MissingFacts);
