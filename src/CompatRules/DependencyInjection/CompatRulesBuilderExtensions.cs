using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using CompatRules.Dsl;
using CompatRules.Reports;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;

namespace CompatRules.DependencyInjection;

/// <summary>Adds rules to CompatRules in a service collection.</summary>
public static class CompatRulesBuilderExtensions
{
    /// <summary>Adds the built-in knowledge base.</summary>
    /// <param name="builder">The CompatRules builder.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder AddBuiltInRules(this ICompatRulesBuilder builder)
        => builder.ConfigureEngine(b => b.AddBuiltInRules());

    /// <summary>Adds every rule class in <paramref name="assembly"/>.</summary>
    /// <param name="builder">The CompatRules builder.</param>
    /// <param name="assembly">The assembly holding <see cref="Rule"/> classes.</param>
    /// <returns>The builder.</returns>
    [RequiresUnreferencedCode(CompatEngineBuilder.RuleScanRequiresRooting)]
    public static ICompatRulesBuilder AddRulesFrom(this ICompatRulesBuilder builder, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return builder.ConfigureEngine(b => b.AddRulesFrom(assembly));
    }

    /// <summary>Adds the rule class <typeparamref name="TRule"/>.</summary>
    /// <typeparam name="TRule">The rule class.</typeparam>
    /// <param name="builder">The CompatRules builder.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder AddRule<TRule>(this ICompatRulesBuilder builder) where TRule : Rule, new()
        => builder.ConfigureEngine(b => b.AddRule<TRule>());

    /// <summary>Keeps only rules whose metadata <paramref name="filter"/> accepts.</summary>
    /// <param name="builder">The CompatRules builder.</param>
    /// <param name="filter">Chooses rules, such as by component or tag.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder Where(this ICompatRulesBuilder builder, Func<RuleMetadata, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return builder.ConfigureEngine(b => b.Where(filter));
    }

    /// <summary>Adds a step that configures the engine builder directly.</summary>
    /// <param name="builder">The CompatRules builder.</param>
    /// <param name="configure">The step.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder ConfigureEngine(this ICompatRulesBuilder builder, Action<CompatEngineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<CompatRulesOptions>(o => o.EngineSetup.Add(configure));
        return builder;
    }
}
