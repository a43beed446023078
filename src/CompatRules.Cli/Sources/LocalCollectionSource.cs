using CompatRules.Collectors;
using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Collects the facts of the machine the CLI runs on (or of the host mounted at a host root) with the
/// default collectors. Component versions cannot be seen from the node, so they are marked NotCollected.</summary>
/// <param name="hostRoot">The host's root file system, such as <c>/host</c>, or null for <c>/</c>.</param>
internal sealed class LocalCollectionSource(string? hostRoot) : IFactSource
{
    public string Description => hostRoot is null ? "local collection" : $"local collection under {hostRoot}";

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        var options = new CollectorOptions { HostRoot = hostRoot ?? "/" };
        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, cancellationToken);
        var facts = result.Facts.With(new CollectionStatus(
            ComponentVersion.KeyPrefix + "*",
            CollectionState.NotCollected,
            "component versions are not visible from the node; evaluate a cluster inventory or pass --assume component=version"));
        return [facts.WithSubject(facts.Subject ?? Environment.MachineName)];
    }
}
