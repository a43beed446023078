namespace CompatRules.DependencyInjection;

/// <summary>How the engine registered by <c>AddCompatRules</c> is built.</summary>
public sealed class CompatRulesOptions
{
    /// <summary>The steps that add rules and filters to the engine builder, in order.</summary>
    public IList<Action<CompatEngineBuilder>> EngineSetup { get; } = [];

    /// <summary>The limits on chaining. Must not be null.</summary>
    public EngineOptions Engine { get; set; } = EngineOptions.Default;
}
