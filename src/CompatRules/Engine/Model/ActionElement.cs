namespace CompatRules.Engine.Model;

/// <summary>One step of a rule's right-hand side.</summary>
/// <param name="Run">Runs the step with the context and the tuple of bound facts.</param>
/// <param name="YieldedType">The type of fact the step inserts, or null for a step that inserts nothing declared.</param>
internal sealed record ActionElement(Action<CompatRules.Dsl.IContext, object?[]> Run, Type? YieldedType);
