using System.Diagnostics.CodeAnalysis;
using CompatRules.Collectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CompatRules.DependencyInjection;

/// <summary>Adds fact collectors to CompatRules in a service collection; resolve them as
/// <c>IEnumerable&lt;ICollector&gt;</c> and run them with <see cref="FactCollection.CollectAsync"/>.</summary>
public static class CompatRulesCollectorExtensions
{
    /// <summary>Adds the built-in Linux collectors (kernel, OS, sysctls, capabilities, sockets, iptables, interfaces).
    /// Calling it twice adds them once.</summary>
    /// <param name="builder">The CompatRules builder.</param>
    /// <param name="configure">Sets the host root, timeouts and read caps; may be null.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder AddDefaultCollectors(this ICompatRulesBuilder builder, Action<CollectorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<CollectorOptions>();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        if (builder.Services.Any(d => d.ServiceType == typeof(DefaultCollectorSet)))
        {
            return builder;
        }

        builder.Services.AddSingleton(sp => new DefaultCollectorSet(DefaultCollectors.Create(sp.GetRequiredService<IOptions<CollectorOptions>>().Value)));
        var count = DefaultCollectors.Create(new CollectorOptions()).Count;
        for (var i = 0; i < count; i++)
        {
            var index = i;
            builder.Services.AddSingleton<ICollector>(sp => sp.GetRequiredService<DefaultCollectorSet>().Collectors[index]);
        }

        return builder;
    }

    /// <summary>Adds your own collector; adding the same type twice adds it once.</summary>
    /// <typeparam name="TCollector">The collector type.</typeparam>
    /// <param name="builder">The CompatRules builder.</param>
    /// <returns>The builder.</returns>
    public static ICompatRulesBuilder AddCollector<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCollector>(this ICompatRulesBuilder builder) where TCollector : class, ICollector
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ICollector, TCollector>());
        return builder;
    }

    private sealed record DefaultCollectorSet(IReadOnlyList<ICollector> Collectors);
}
