using CompatRules.Facts;
using CompatRules.Inventory;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a cluster inventory (the JSON <c>List</c> of <c>kubectl get nodes,pods,... -A -o json</c>), one fact
/// set per node, with <see cref="ClusterInventory"/>.</summary>
/// <param name="path">The inventory file, or <c>-</c> for <paramref name="stdin"/>.</param>
/// <param name="stdin">Standard input.</param>
internal sealed class InventorySource(string path, TextReader stdin) : IFactSource
{
    public string Description => path == "-" ? "inventory on standard input" : $"inventory {path}";

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        if (path != "-")
        {
            return ClusterInventory.Load(path).Nodes;
        }

        var text = await stdin.ReadToEndAsync(cancellationToken);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return ClusterInventory.Read(stream, "<stdin>").Nodes;
    }
}
