using CompatRules.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CompatRules in a service collection.</summary>
public static class CompatRulesServiceCollectionExtensions
{
    /// <summary>Registers the built-in rules as a singleton <see cref="CompatRules.RuleEngine"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCompatRules(this IServiceCollection services)
        => services.AddCompatRules(b => b.AddBuiltInRules());

    /// <summary>Registers a singleton <see cref="CompatRules.RuleEngine"/> built as <paramref name="configure"/> says.
    /// Calling it again adds to the same engine's configuration; a <see cref="CompatRules.RuleEngine"/> registered
    /// before wins.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds rules, filters and collectors.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddCompatRules(this IServiceCollection services, Action<ICompatRulesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CompatRulesOptions>()
            .Validate(o => o.Engine is not null, "CompatRulesOptions.Engine must not be null.")
            .Validate(o => o.EngineSetup.Count > 0, "No rules were added: call AddBuiltInRules() or AddRulesFrom(...) in AddCompatRules.");
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CompatRulesOptions>>().Value;
            var builder = CompatRules.CompatEngine.CreateBuilder().WithOptions(options.Engine);
            foreach (var step in options.EngineSetup)
            {
                step(builder);
            }

            return builder.Build();
        });
        configure(new CompatRulesBuilder(services));
        return services;
    }
}
