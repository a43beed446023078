using System.Collections.Immutable;
using CompatRules.Reports;
using NRules.RuleModel;

namespace CompatRules.Engine.Model;

/// <summary>What the outcome layer knows of one rule: its NRules definition, its CompatRules metadata, and its
/// patterns and yields as read from the canonical rule model.</summary>
/// <param name="Index">Its position in the engine.</param>
/// <param name="Definition">The NRules definition (its name is the rule id).</param>
/// <param name="Metadata">The CompatRules metadata.</param>
/// <param name="Patterns">The top-level patterns of the left-hand side, in order.</param>
/// <param name="YieldedTypes">The fact types its actions insert, as far as the model shows them.</param>
internal sealed record RuleModel(int Index, IRuleDefinition Definition, RuleMetadata Metadata, ImmutableArray<PatternModel> Patterns, ImmutableArray<Type> YieldedTypes);
