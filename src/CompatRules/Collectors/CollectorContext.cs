namespace CompatRules.Collectors;

/// <summary>What a collector collects with: the options and the host root built from them.</summary>
public sealed class CollectorContext
{
    /// <summary>Creates a context from <paramref name="options"/>.</summary>
    /// <param name="options">The collector options.</param>
    /// <exception cref="ArgumentException">The options' host root is not an absolute path.</exception>
    public CollectorContext(CollectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        HostRoot = new HostRoot(options.HostRoot);
    }

    /// <summary>The collector options.</summary>
    public CollectorOptions Options { get; }

    /// <summary>Where the node's files are read from.</summary>
    public HostRoot HostRoot { get; }

    /// <summary>Whether the host is Linux; every collector asks this before any file read or P/Invoke. A seam so
    /// that tests can take the NotLinux path on Linux.</summary>
    internal Func<bool> IsLinux { get; init; } = OperatingSystem.IsLinux;
}
