namespace CompatRules.Fuzz.Harness;

/// <summary>A parser broke its contract on a fuzz input: an undocumented exception, a documented one without its
/// location, or a broken invariant.</summary>
internal sealed class FuzzViolation(string message, Exception? inner = null) : Exception(message, inner);
