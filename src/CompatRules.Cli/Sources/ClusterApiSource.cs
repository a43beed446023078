using CompatRules.Cli.Cluster;
using CompatRules.Cli.Commands;
using CompatRules.Facts;
using CompatRules.Inventory;
using CompatRules.Inventory.Live;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a live cluster through its API server (<c>cluster --kubeconfig [FILE] [--context NAME]</c>, or the
/// in-cluster service account) with <see cref="ClusterApi"/>: the same facts as <c>cluster FILE</c> on a dump.</summary>
/// <param name="kubeconfig">The kubeconfig file, or null for the in-cluster account or the default kubeconfig.</param>
/// <param name="context">The context, or null for the current one.</param>
/// <param name="progress">Where to draw the listing progress (standard error when it is a terminal), or null for none.</param>
internal sealed class ClusterApiSource(string? kubeconfig, string? context, TextWriter? progress = null) : IFactSource
{
    private IReadOnlyList<string> _warnings = [];

    public string Description => $"cluster API ({kubeconfig ?? "default kubeconfig or in-cluster account"}{(context is null ? string.Empty : $", context {context}")})";

    public IReadOnlyList<string> Warnings => _warnings;

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        InventoryReadResult result;
        var listing = progress is null ? null : new ListingProgress(progress);
        var succeeded = false;
        try
        {
            result = await ClusterApi.ReadAsync(new ClusterApiOptions { KubeconfigPath = kubeconfig, Context = context, Progress = listing }, cancellationToken);
            succeeded = true;
        }
        catch (ClusterApiException e)
        {
            throw new CliException(e.Message, e);
        }
        catch (InventoryFormatException e)
        {
            throw new CliException($"{Description}: {e.Problem}; expected {e.Expected}", e);
        }
        finally
        {
            listing?.Finish(succeeded);
        }

        _warnings = [.. result.Warnings.Select(w => $"{result.SourceName}: {w.JsonPath}: {w.Message}")];
        return result.Nodes;
    }
}
