using CompatRules.Json;

namespace CompatRules.Inventory;

/// <summary>Reads a cluster inventory — the JSON of
/// <c>kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json</c> — into one fact set per node.</summary>
/// <remarks>
/// <para>Each node gets its kernel, OS release, cluster distribution and version, the versions of the known
/// components whose pods run on it (plus those of cluster-wide Deployments), their settings, and collection statuses
/// saying what the Kubernetes API cannot show (iptables backend, socket probes, sysctls, interfaces, kernel
/// configuration and modules). Every fact's provenance names the object and field it came from.</para>
/// <para>A broken document throws <see cref="InventoryFormatException"/>; a broken item only adds an
/// <see cref="InventoryWarning"/> and the rest is still read. Thread-safe: calls share no state.</para>
/// </remarks>
public static class ClusterInventory
{
    /// <summary>Reads an inventory from <paramref name="json"/>.</summary>
    /// <param name="json">The UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="sourceName">The file or stream name for messages, or null.</param>
    /// <param name="options">Size and depth limits, or null for the defaults.</param>
    /// <returns>The nodes' facts and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InventoryFormatException">The input is empty, not JSON, truncated, too large, too deep, or not
    /// a <c>List</c> or a single <c>Node</c>.</exception>
    public static InventoryReadResult Read(Stream json, string? sourceName, InventoryOptions? options = null)
    {
        using var nodes = ReadNodes(json, sourceName, options);
        var sets = nodes.ToList();
        return new InventoryReadResult(sourceName, sets, nodes.Warnings);
    }

    /// <summary>Reads an inventory from <paramref name="json"/> and hands its nodes out one at a time, each built
    /// when it is reached (<see cref="InventoryNodeStream"/>): for a large cluster, where every node's facts at once
    /// would not fit. The nodes, their order and the warnings are those of <see cref="Read"/>.</summary>
    /// <param name="json">The UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="sourceName">The file or stream name for messages, or null.</param>
    /// <param name="options">Size and depth limits, or null for the defaults.</param>
    /// <returns>The nodes, to enumerate once and dispose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InventoryFormatException">As for <see cref="Read"/>: found before this returns.</exception>
    public static InventoryNodeStream ReadNodes(Stream json, string? sourceName, InventoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= new InventoryOptions();
        options.Validate();
        var utf8 = InventoryBytes.ReadAll(json, sourceName, options.MaxBytes);
        var document = InventoryDocument.Parse(utf8, sourceName, options.MaxDepth);
        try
        {
            var locator = new JsonLineLocator(utf8, options.MaxDepth);
            return new InventoryNodeStream(sourceName, document, InventoryReader.Read(document, sourceName, locator), locator);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads an inventory from the file at <paramref name="path"/> node by node, as <see cref="ReadNodes"/>.</summary>
    /// <param name="path">The file; its path becomes the source name.</param>
    /// <param name="options">Size and depth limits, or null for the defaults.</param>
    /// <returns>The nodes, to enumerate once and dispose.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="InventoryFormatException">The content is not a readable inventory.</exception>
    public static InventoryNodeStream LoadNodes(string path, InventoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return ReadNodes(stream, path, options);
    }

    /// <summary>Reads an inventory from the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file; its path becomes the source name.</param>
    /// <param name="options">Size and depth limits, or null for the defaults.</param>
    /// <returns>The nodes' facts and the warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="InventoryFormatException">The content is not a readable inventory.</exception>
    public static InventoryReadResult Load(string path, InventoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path, options);
    }
}
