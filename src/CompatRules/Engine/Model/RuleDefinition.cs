using System.Collections.Immutable;
using CompatRules.Reports;

namespace CompatRules.Engine.Model;

/// <summary>A compiled rule: its metadata, patterns and actions.</summary>
/// <param name="Metadata">What the rule declares.</param>
/// <param name="Patterns">The left-hand side, in order.</param>
/// <param name="Actions">The right-hand side, in order.</param>
internal sealed record RuleDefinition(RuleMetadata Metadata, ImmutableArray<PatternElement> Patterns, ImmutableArray<ActionElement> Actions)
{
    /// <summary>The number of tuple slots, one per pattern.</summary>
    public int SlotCount => Patterns.Length;

    /// <summary>The fact types this rule declares it inserts.</summary>
    public ImmutableArray<Type> YieldedTypes { get; } = [.. Actions.Where(a => a.YieldedType is not null).Select(a => a.YieldedType!).Distinct()];

    /// <summary>The fact types the rule's patterns read.</summary>
    public ImmutableArray<Type> ReadTypes { get; } = [.. Patterns.Select(p => p.FactType).Distinct()];
}
