using System.Collections.Immutable;

namespace CompatRules.Engine.Model;

/// <summary>One pattern of a rule's left-hand side, read from NRules' rule model.</summary>
/// <param name="Index">Its position among the rule's patterns.</param>
/// <param name="Kind">Match, Not or Exists.</param>
/// <param name="FactType">The type of fact it matches.</param>
/// <param name="Name">The variable it binds, or its kind and type (<c>not ComponentSetting</c>).</param>
/// <param name="Requirements">The facts it needs, checked in order (empty for Not/Exists).</param>
/// <param name="Conditions">The conditions, in the order written.</param>
internal sealed record PatternModel(
    int Index,
    PatternKind Kind,
    Type FactType,
    string Name,
    ImmutableArray<FactRequirement> Requirements,
    ImmutableArray<ConditionModel> Conditions);
