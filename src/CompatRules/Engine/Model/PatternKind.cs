namespace CompatRules.Engine.Model;

/// <summary>How a pattern takes part in a rule's left-hand side.</summary>
internal enum PatternKind
{
    /// <summary>A fact must match; it is bound and becomes evidence.</summary>
    Match,

    /// <summary>No fact may match.</summary>
    Not,

    /// <summary>At least one fact must match; none is bound.</summary>
    Exists,
}
