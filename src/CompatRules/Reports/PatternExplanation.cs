using System.Collections.Immutable;

namespace CompatRules.Reports;

/// <summary>How one pattern of a rule fared: the facts it could use and each condition's tally.</summary>
/// <param name="Name">The variable the pattern binds, or its kind and type (<c>not ComponentSetting</c>).</param>
/// <param name="FactType">The fact type's name.</param>
/// <param name="Candidates">How many facts of that type there were, per partial match, added up.</param>
/// <param name="Held">True when the pattern let at least one partial match through.</param>
/// <param name="Conditions">Each condition's tally, in the order written.</param>
public sealed record PatternExplanation(string Name, string FactType, int Candidates, bool Held, ImmutableArray<ConditionExplanation> Conditions);
