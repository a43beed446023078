namespace CompatRules.Snapshots;

/// <summary>Limits and strictness for reading a facts snapshot.</summary>
/// <remarks>Immutable; <see cref="Default"/> is what the reading methods use when given no options.</remarks>
public sealed record FactSnapshotOptions
{
    /// <summary>The default size limit, 16 MiB.</summary>
    public const long DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The default nesting limit, 64 levels.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The options used when none are given: 16 MiB, 64 levels, warnings not fatal.</summary>
    public static FactSnapshotOptions Default { get; } = new();

    /// <summary>The largest document, in UTF-8 bytes, that is read; a larger one is rejected before it is parsed.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of JSON objects and arrays accepted; the root object is level 1.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// When true, every warning (an unknown property, an unknown fact kind) is a <see cref="SnapshotFormatException"/>
    /// instead; use it to check that a snapshot is exactly what this version writes.
    /// </summary>
    public bool Strict { get; init; }

    internal void Validate()
    {
        if (MaxBytes <= 0 || MaxBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, $"{nameof(MaxBytes)} must be between 1 and {Array.MaxLength}.");
        }

        if (MaxDepth is < 4 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"{nameof(MaxDepth)} must be between 4 (a fact's own maps) and 1000.");
        }
    }
}
