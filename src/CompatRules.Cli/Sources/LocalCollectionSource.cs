using CompatRules.Collectors;
using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Collects the facts of the machine the CLI runs on (or of the host mounted at a host root) with the
/// default collectors. Component versions come from the containers the node's runtime runs; when no collector
/// vouched for them, they are marked NotCollected.</summary>
/// <param name="hostRoot">The host's root file system, such as <c>/host</c>, or null for <c>/</c>.</param>
internal sealed class LocalCollectionSource(string? hostRoot) : IFactSource
{
    private const string AllComponents = ComponentVersion.KeyPrefix + "*";

    public string Description => hostRoot is null ? "local collection" : $"local collection under {hostRoot}";

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        var options = new CollectorOptions { HostRoot = hostRoot ?? "/" };
        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, cancellationToken);
        var facts = result.Facts;
        if (!facts.OfType<CollectionStatus>().Any(s => s.Subject == AllComponents))
        {
            facts = facts.With(new CollectionStatus(
                AllComponents,
                CollectionState.NotCollected,
                "component versions are not visible from the node; evaluate a cluster inventory or pass --assume component=version"));
        }

        return [facts.WithSubject(facts.Subject ?? Environment.MachineName)];
    }
}
