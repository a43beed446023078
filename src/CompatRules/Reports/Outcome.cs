namespace CompatRules.Reports;

/// <summary>What a rule concluded about a fact set.</summary>
public enum Outcome
{
    /// <summary>The facts needed were present and the known issue does not apply.</summary>
    NotAffected = 0,

    /// <summary>The known issue applies; the evidence lists the facts that matched.</summary>
    Affected,

    /// <summary>The component the rule is about is not present.</summary>
    NotApplicable,

    /// <summary>A fact the rule needs is missing; <see cref="RuleResult.MissingFacts"/> names it.</summary>
    Unknown,

    /// <summary>The rule itself failed (its condition or action threw); every other rule still ran.</summary>
    Error,
}
