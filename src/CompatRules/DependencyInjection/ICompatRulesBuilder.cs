using Microsoft.Extensions.DependencyInjection;

namespace CompatRules.DependencyInjection;

/// <summary>Configures CompatRules in a service collection; extension methods add rules and collectors.</summary>
public interface ICompatRulesBuilder
{
    /// <summary>The service collection CompatRules is registered in.</summary>
    IServiceCollection Services { get; }
}
