namespace CompatRules;

/// <summary>Limits that keep one evaluation finite, whatever the rules do.</summary>
public sealed record EngineOptions
{
    /// <summary>The default limits.</summary>
    public static EngineOptions Default { get; } = new();

    /// <summary>How many times the rules are run over newly derived facts before the engine gives up on the rules
    /// still inserting (they end in Error). Default 32.</summary>
    public int MaxChainingPasses { get; init; } = 32;

    /// <summary>How many facts one rule may derive in one evaluation before it ends in Error. Default 10,000.</summary>
    public int MaxDerivedFactsPerRule { get; init; } = 10_000;
}
