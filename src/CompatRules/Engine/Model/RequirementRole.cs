namespace CompatRules.Engine.Model;

/// <summary>What it means when no fact answers a requirement.</summary>
internal enum RequirementRole
{
    /// <summary>The rule cannot decide: its outcome is Unknown.</summary>
    Required,

    /// <summary>The component is absent: the outcome is NotApplicable (Unknown if its collection failed).</summary>
    Applicability,
}
