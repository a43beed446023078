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

    private InventoryNodeStream? _nodes;

    public string Description => path == "-" ? "inventory on standard input" : $"inventory {path}";

    /// <summary>The warnings of the last read, as far as its nodes were enumerated.</summary>
    public IReadOnlyList<string> Warnings
        => _nodes is { } nodes ? [.. nodes.Warnings.Select(w => InputLocation.Format(FileName, w.LineNumber, w.JsonPath, w.Message))] : [];

    public string? InputFile => path == "-" ? null : path;

    private string FileName => path == "-" ? StdinName : path;

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        using var nodes = Open();
        return Task.FromResult<IReadOnlyList<FactSet>>([.. nodes]);
    }

    /// <summary>The inventory's nodes, each built when the enumeration reaches it.</summary>
    public Task<IReadOnlyCollection<FactSet>> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyCollection<FactSet>>(Open());

    private InventoryNodeStream Open()
    {
        InventoryNodeStream nodes;
        try
        {
            if (path != "-" && Directory.Exists(path))
            {
                throw new IOException($"{path} is a directory; expected the JSON file of 'kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json'");
            }

            // From standard input, the bytes as they come: the reader stops at its size limit and rejects invalid
            // UTF-8, as for a file.
            nodes = path != "-" ? ClusterInventory.LoadNodes(path) : ClusterInventory.ReadNodes(stdin, StdinName);
        }
        catch (InventoryFormatException e)
        {
            throw new CliException(InputLocation.Format(FileName, e.LineNumber, e.JsonPath, $"{e.Problem}; expected {e.Expected}"), e);
        }

        _nodes = nodes;
        return nodes;
    }
}
