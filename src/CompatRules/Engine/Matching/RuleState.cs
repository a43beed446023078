namespace CompatRules.Engine.Matching;

/// <summary>What happened to one rule during a session.</summary>
internal sealed class RuleState
{
    public HashSet<ActivationKey> Fired { get; } = [];

    public List<object?[]> Activations { get; } = [];

    public List<string> Notes { get; } = [];

    public string? Error { get; set; }

    public int DerivedCount { get; set; }

    public bool InsertedThisPass { get; set; }
}
