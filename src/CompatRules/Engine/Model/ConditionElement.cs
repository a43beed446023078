namespace CompatRules.Engine.Model;

/// <summary>One compiled condition of a pattern.</summary>
/// <param name="Text">The condition as written, with bound facts named by their variables.</param>
/// <param name="Test">Evaluates the condition over the tuple of bound facts.</param>
/// <param name="IsAlpha">True when it reads only the pattern's own fact, so it can filter facts once per session.</param>
/// <param name="Join">Set when the condition is an equality join that an index can answer.</param>
internal sealed record ConditionElement(string Text, Func<object?[], bool> Test, bool IsAlpha, EqualityJoin? Join);
