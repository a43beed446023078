namespace CompatRules.Engine.Model;

/// <summary>A join condition of the form <c>fact.X == bound.Y</c>, which the matcher answers from a hash index.</summary>
/// <param name="FactSide">Reads the key from the pattern's own fact (the tuple holds it in the pattern's slot).</param>
/// <param name="BoundSide">Reads the key from facts bound by earlier patterns.</param>
internal sealed record EqualityJoin(Func<object?[], object?> FactSide, Func<object?[], object?> BoundSide);
