namespace CompatRules.Reports;

/// <summary>How one condition of a pattern fared against the facts that reached it.</summary>
/// <param name="Text">The condition as written, bound facts shown by their variable names.</param>
/// <param name="Tested">How many candidate facts reached this condition (earlier conditions passed).</param>
/// <param name="Passed">How many of those passed it.</param>
public sealed record ConditionExplanation(string Text, int Tested, int Passed)
{
    /// <summary>True when at least one fact passed the condition.</summary>
    public bool Held => Passed > 0;
}
