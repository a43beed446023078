using System.Collections.Immutable;

namespace CompatRules.Reports;

/// <summary>One rule's conclusion about a fact set, with everything needed to act on it.</summary>
/// <param name="Rule">The rule's metadata: title, severity, symptom, remediation, references.</param>
/// <param name="Outcome">What the rule concluded.</param>
/// <param name="Evidence">The facts that matched when <see cref="Outcome.Affected"/>; the facts consulted otherwise.</param>
/// <param name="MissingFacts">The fact keys a rule needed and did not find, each with the collector's reason when
/// known; non-empty exactly when <see cref="Outcome.Unknown"/>.</param>
/// <param name="Notes">Lines the rule's action added, such as which evidence decided it.</param>
/// <param name="Error">What went wrong, when <see cref="Outcome.Error"/>; otherwise null.</param>
public sealed record RuleResult(
    RuleMetadata Rule,
    Outcome Outcome,
    ImmutableArray<Evidence> Evidence,
    ImmutableArray<string> MissingFacts,
    ImmutableArray<string> Notes,
    string? Error = null)
{
    /// <summary>The rule's stable id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's title.</summary>
    public string Title => Rule.Title;

    /// <summary>The rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>The component the rule is about, or null.</summary>
    public string? Component => Rule.Component;

    /// <summary>What a user sees when the issue hits.</summary>
    public string Symptom => Rule.Symptom;

    /// <summary>The remediation steps, the preferred first, joined into one paragraph.</summary>
    public string Remediation => string.Join(" Otherwise: ", Rule.Remediation);

    /// <summary>The upstream references.</summary>
    public ImmutableArray<Uri> References => Rule.References;
}
