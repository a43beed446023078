using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>What a cluster inventory says about each node, and what could not be read.</summary>
/// <remarks>Immutable.</remarks>
public sealed class InventoryReadResult
{
    internal InventoryReadResult(string? sourceName, IReadOnlyList<FactSet> nodes, IReadOnlyList<InventoryWarning> warnings)
    {
        SourceName = sourceName;
        Nodes = nodes;
        Warnings = warnings;
    }

    /// <summary>The file or stream name the inventory was read from, or null.</summary>
    public string? SourceName { get; }

    /// <summary>One fact set per node, <see cref="FactSet.Subject"/> being the node name, ordered by name (ordinal).</summary>
    public IReadOnlyList<FactSet> Nodes { get; }

    /// <summary>Items or values that were skipped or only partly read, in document order (by line).</summary>
    public IReadOnlyList<InventoryWarning> Warnings { get; }

    /// <summary>The fact set of the node named <paramref name="nodeName"/>, or null when the inventory has no such node.</summary>
    /// <param name="nodeName">The node name, as in <c>metadata.name</c>.</param>
    /// <returns>The facts, or null.</returns>
    public FactSet? Node(string nodeName)
    {
        ArgumentNullException.ThrowIfNull(nodeName);
        var low = 0;
        var high = Nodes.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Nodes[middle].Subject, nodeName);
            if (order == 0)
            {
                return Nodes[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
