namespace CompatRules.Engine.Matching;

/// <summary>Thrown inside a session when a rule inserts more derived facts than the engine allows.</summary>
internal sealed class ChainLimitExceededException(string message) : Exception(message);
