namespace CompatRules.Testing;

/// <summary>A rule did not come out as a test expected; the message says what was expected, what happened and which
/// condition decided it. Works with any test framework (they all report an unexpected exception as a failure).</summary>
public sealed class RuleAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected, what happened, and the explanation.</param>
    public RuleAssertionException(string message)
        : base(message)
    {
    }
}
