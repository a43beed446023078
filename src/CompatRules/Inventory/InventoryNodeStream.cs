using System.Collections;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Json;

namespace CompatRules.Inventory;

/// <summary>A cluster inventory read node by node (<see cref="ClusterInventory.ReadNodes"/>): the document is parsed
/// and its items read once, and each node's fact set is built only when the enumeration reaches it, so a caller that
/// evaluates and drops each node in turn never holds every node's facts.</summary>
/// <remarks>Enumerable once, from one thread; dispose it to release the parsed document.</remarks>
public sealed class InventoryNodeStream : IReadOnlyCollection<FactSet>, IDisposable
{
    private readonly JsonDocument _document;
    private readonly InventoryReader _reader;
    private readonly JsonLineLocator _locator;

    internal InventoryNodeStream(string? sourceName, JsonDocument document, InventoryReader reader, JsonLineLocator locator)
    {
        SourceName = sourceName;
        _document = document;
        _reader = reader;
        _locator = locator;
    }

    /// <summary>The file or stream name the inventory was read from, or null.</summary>
    public string? SourceName { get; }

    /// <summary>How many nodes the enumeration yields, known before it starts.</summary>
    public int Count => _reader.NodeCount;

    /// <summary>Items or values that were skipped or only partly read, in document order (by line): those of the
    /// whole document, plus those of the pods of the nodes enumerated so far (all of them once the enumeration has
    /// ended).</summary>
    public IReadOnlyList<InventoryWarning> Warnings => _reader.Warnings(_locator);

    /// <summary>The nodes' fact sets, <see cref="FactSet.Subject"/> being the node name, ordered by name (ordinal).</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The nodes were already enumerated.</exception>
    /// <exception cref="ObjectDisposedException">The stream was disposed.</exception>
    public IEnumerator<FactSet> GetEnumerator() => _reader.BuildNodes().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Releases the parsed document.</summary>
    public void Dispose() => _document.Dispose();
}
