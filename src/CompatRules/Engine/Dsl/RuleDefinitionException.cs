namespace CompatRules.Dsl;

/// <summary>A rule class cannot be turned into a rule: its metadata or its <c>Define()</c> is wrong.</summary>
public sealed class RuleDefinitionException : Exception
{
    /// <summary>Creates the exception for the rule class <paramref name="ruleType"/>.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="inner">The underlying error, or null.</param>
    public RuleDefinitionException(Type ruleType, string message, Exception? inner = null)
        : base($"Rule {ruleType.FullName}: {message}", inner)
    {
        RuleType = ruleType;
    }

    /// <summary>The rule class.</summary>
    public Type RuleType { get; }
}
