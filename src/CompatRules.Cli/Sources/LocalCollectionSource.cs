using CompatRules.Collectors;
using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Collects the facts of the machine the CLI runs on (or of the host mounted at a host root) with the
/// default collectors. Component versions come from the containers the node's runtime runs (the <c>containers</c>
/// collector always leaves a <c>component:*</c> status saying whether, and why not, they were seen).</summary>
/// <param name="hostRoot">The host's root file system, such as <c>/host</c>, or null for <c>/</c>.</param>
internal sealed class LocalCollectionSource(string? hostRoot) : IFactSource
{
    private readonly List<string> _warnings = [];

    public string Description => hostRoot is null ? "local collection" : $"local collection under {hostRoot}";

    /// <summary>A warning when the host root has neither <c>proc/</c> nor <c>etc/</c>.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <exception cref="ArgumentException">The host root does not exist or is not a directory (exit code 2).</exception>
    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        var options = new CollectorOptions { HostRoot = hostRoot ?? "/" };
        var root = new HostRoot(options.HostRoot);
        root.EnsureIsDirectory();
        if (!root.LooksLikeARootFileSystem)
        {
            _warnings.Add($"--host-root {hostRoot} has neither proc/ nor etc/; is it the node's root file system? Files missing under it are reported as absent");
        }

        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, cancellationToken);
        return [result.Facts.WithSubject(result.Facts.Subject ?? Environment.MachineName)];
    }
}
