using CompatRules.Cli.Commands;
using CompatRules.Facts;
using CompatRules.Inventory;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a cluster inventory (the JSON <c>List</c> of <c>kubectl get nodes,pods,... -A -o json</c>), one fact
/// set per node, with <see cref="ClusterInventory"/>.</summary>
/// <param name="path">The inventory file, or <c>-</c> for <paramref name="stdin"/>.</param>
/// <param name="stdin">Standard input.</param>
internal sealed class InventorySource(string path, Stream stdin) : IFactSource
{
    public const string StdinName = "<stdin>";

    private IReadOnlyList<string> _warnings = [];

    public string Description => path == "-" ? "inventory on standard input" : $"inventory {path}";

    public IReadOnlyList<string> Warnings => _warnings;

    public string? InputFile => path == "-" ? null : path;

    private string FileName => path == "-" ? StdinName : path;

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        InventoryReadResult result;
        try
        {
            if (path != "-" && Directory.Exists(path))
            {
                throw new IOException($"{path} is a directory; expected the JSON file of 'kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json'");
            }

            if (path != "-")
            {
                result = ClusterInventory.Load(path);
            }
            else
            {
                // The bytes as they come: the reader stops at its size limit and rejects invalid UTF-8, as for a file.
                result = ClusterInventory.Read(stdin, StdinName);
            }
        }
        catch (InventoryFormatException e)
        {
            throw new CliException(InputLocation.Format(FileName, e.LineNumber, e.JsonPath, $"{e.Problem}; expected {e.Expected}"), e);
        }

        _warnings = [.. result.Warnings.Select(w => InputLocation.Format(FileName, w.LineNumber, w.JsonPath, w.Message))];
        return Task.FromResult(result.Nodes);
    }
}
