using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a cluster inventory (the JSON <c>List</c> of <c>kubectl get nodes,pods,... -A -o json</c>), one fact
/// set per node.</summary>
/// <remarks>Adapter over CompatRules.Inventory: once it lands, <see cref="LoadAsync"/> reads the text with it.</remarks>
/// <param name="path">The inventory file, or <c>-</c> for <paramref name="stdin"/>.</param>
/// <param name="stdin">Standard input.</param>
internal sealed class InventorySource(string path, TextReader stdin) : IFactSource
{
    public string Description => path == "-" ? "inventory on standard input" : $"inventory {path}";

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        var text = path == "-" ? await stdin.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        _ = text;
        throw new NotSupportedException("Cluster inventories (CompatRules.Inventory) are not available in this build.");
    }
}
