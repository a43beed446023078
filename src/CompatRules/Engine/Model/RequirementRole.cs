namespace CompatRules.Engine.Model;

/// <summary>What it means when no fact answers a requirement.</summary>
internal enum RequirementRole
{
    /// <summary>The rule cannot decide: its outcome is Unknown.</summary>
    Required,

    /// <summary>The fact is there but a value the rule needs is not (a component's version, a <c>Known</c> field): the
    /// outcome is Unknown whatever a collector's status says, since a present fact with an unknown value is never a
    /// known negative.</summary>
    Known,

    /// <summary>The component is absent: the outcome is NotApplicable (Unknown if its collection failed).</summary>
    Applicability,
}
