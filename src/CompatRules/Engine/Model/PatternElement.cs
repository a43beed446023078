using System.Collections.Immutable;

namespace CompatRules.Engine.Model;

/// <summary>One pattern of a rule: a fact type, its conditions and what it needs.</summary>
/// <param name="Kind">Match, Not or Exists.</param>
/// <param name="FactType">The type of fact it matches.</param>
/// <param name="Slot">Its position in the tuple of facts.</param>
/// <param name="Name">The variable it binds, or the type name for an unbound pattern.</param>
/// <param name="Requirements">The facts it needs, checked in order.</param>
/// <param name="Conditions">The conditions, in the order written.</param>
internal sealed record PatternElement(
    PatternKind Kind,
    Type FactType,
    int Slot,
    string Name,
    ImmutableArray<FactRequirement> Requirements,
    ImmutableArray<ConditionElement> Conditions)
{
    /// <summary>The conditions that read only this pattern's fact.</summary>
    public ImmutableArray<ConditionElement> AlphaConditions { get; } = [.. Conditions.Where(c => c.IsAlpha)];

    /// <summary>The conditions that read earlier facts too.</summary>
    public ImmutableArray<ConditionElement> BetaConditions { get; } = [.. Conditions.Where(c => !c.IsAlpha)];

    /// <summary>The first equality join, answered from an index; null when there is none.</summary>
    public ConditionElement? IndexedJoin { get; } = Conditions.FirstOrDefault(c => c.Join is not null);
}
