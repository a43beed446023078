namespace CompatRules.Engine.Running;

/// <summary>Thrown into a rule's action when it inserts more facts than <see cref="EngineOptions.MaxDerivedFactsPerRule"/>.</summary>
internal sealed class DerivedFactLimitException(string message) : Exception(message);
