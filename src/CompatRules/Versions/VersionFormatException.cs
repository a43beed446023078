namespace CompatRules.Versions;

/// <summary>The text given as a version, kernel release or version range is not one.</summary>
public sealed class VersionFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="input"/>, saying what was expected.</summary>
    /// <param name="input">The text that failed to parse.</param>
    /// <param name="problem">What is wrong with it, such as "expected ')' or ']' at position 12".</param>
    public VersionFormatException(string input, string problem)
        : base($"{CompatRules.Text.InputEcho.Quote(input)} is not a valid version: {problem}.")
    {
        Input = input;
        Problem = problem;
    }

    /// <summary>The text that failed to parse.</summary>
    public string Input { get; }

    /// <summary>What is wrong with the text.</summary>
    public string Problem { get; }
}
