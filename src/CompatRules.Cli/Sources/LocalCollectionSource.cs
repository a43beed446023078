using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Collects the facts of the machine the CLI runs on (or of the host mounted at a host root).</summary>
/// <remarks>Adapter over CompatRules.Collectors: once it lands, <see cref="LoadAsync"/> becomes
/// <c>FactCollection.CollectAsync(DefaultCollectors.Create(options), options, ct)</c>.</remarks>
/// <param name="hostRoot">The host's root file system, such as <c>/host</c>, or null for <c>/</c>.</param>
internal sealed class LocalCollectionSource(string? hostRoot) : IFactSource
{
    public string Description => hostRoot is null ? "local collection" : $"local collection under {hostRoot}";

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
        => throw new NotSupportedException("Local fact collection (CompatRules.Collectors) is not available in this build.");
}
