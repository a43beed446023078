namespace CompatRules.Inventory;

/// <summary>Limits for reading a cluster inventory.</summary>
/// <remarks>The defaults suit <c>kubectl get nodes,pods,daemonsets,deployments,configmaps -A -o json</c> of a cluster
/// with tens of thousands of nodes. Instances are mutable; <see cref="ClusterInventory"/> reads them once per call.</remarks>
public sealed class InventoryOptions
{
    /// <summary>The default largest input, 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The default deepest nesting of JSON objects and arrays, 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The largest input in bytes; a longer input is refused with an <see cref="InventoryFormatException"/>.</summary>
    /// <remarks>Less than <see cref="Array.MaxLength"/>, because the whole document is held in memory.</remarks>
    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of JSON objects and arrays; a deeper input is refused.</summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxBytes >= Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, $"MaxBytes must be between 1 and {Array.MaxLength - 1}.");
        }

        if (MaxDepth is <= 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, "MaxDepth must be between 1 and 1000.");
        }
    }
}
