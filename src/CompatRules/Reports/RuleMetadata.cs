using System.Collections.Immutable;

namespace CompatRules.Reports;

/// <summary>Everything a rule declares about the known issue it encodes.</summary>
/// <remarks>Immutable. Built from the rule class's attributes when the engine is built.</remarks>
public sealed record RuleMetadata
{
    /// <summary>The stable id, such as <c>KOVN-TPROXY-MPTCP</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>What the issue is and why, or empty.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>How bad it is when it applies.</summary>
    public Severity Severity { get; init; } = Severity.Medium;

    /// <summary>The component the rule is about, or null for a rule about the node alone.</summary>
    public string? Component { get; init; }

    /// <summary>Free-form tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>Upstream issues, pull requests and release notes.</summary>
    public ImmutableArray<Uri> References { get; init; } = [];

    /// <summary>Higher runs first when rules chain through derived facts.</summary>
    public int Priority { get; init; }

    /// <summary>What a user sees when the issue hits, or empty.</summary>
    public string Symptom { get; init; } = string.Empty;

    /// <summary>Remediation steps, the preferred first.</summary>
    public ImmutableArray<string> Remediation { get; init; } = [];

    /// <summary>The affected versions, one entry per subject and window list.</summary>
    public ImmutableArray<AffectedRange> Affected { get; init; } = [];

    /// <summary>The first fixed version of each release line.</summary>
    public ImmutableArray<FixedVersion> FixedIn { get; init; } = [];

    /// <summary>The environment conditions, in words.</summary>
    public ImmutableArray<string> Conditions { get; init; } = [];

    /// <summary>True for a rule that only derives facts for other rules and has no outcome in reports.</summary>
    public bool IsDerivation { get; init; }

    /// <summary>The rule class, or null for a rule built another way.</summary>
    public Type? RuleType { get; init; }
}
