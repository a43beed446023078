using Microsoft.Extensions.DependencyInjection;

namespace CompatRules.DependencyInjection;

/// <summary>The default <see cref="ICompatRulesBuilder"/>.</summary>
internal sealed class CompatRulesBuilder(IServiceCollection services) : ICompatRulesBuilder
{
    public IServiceCollection Services { get; } = services;
}
