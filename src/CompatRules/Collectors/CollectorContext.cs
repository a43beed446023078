namespace CompatRules.Collectors;

/// <summary>What a collector collects with: the options and the host root built from them.</summary>
public sealed class CollectorContext
{
    /// <summary>Creates a context from <paramref name="options"/>.</summary>
    /// <param name="options">The collector options.</param>
    /// <exception cref="ArgumentException">The options' host root is not an absolute path, or a name in
    /// <see cref="CollectorOptions.Sysctls"/> is not a dotted sysctl name (it has <c>/</c> or <c>..</c>).</exception>
    public CollectorContext(CollectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        HostRoot = new HostRoot(options.HostRoot);
        for (var i = 0; i < options.Sysctls.Count; i++)
        {
            if (Host.SysctlCollector.Invalid(options.Sysctls[i] ?? string.Empty) is { } why)
            {
                throw new ArgumentException($"CollectorOptions.Sysctls[{i}] '{options.Sysctls[i]}' is not a sysctl name: {why}.", nameof(options));
            }
        }
    }

    /// <summary>The collector options.</summary>
    public CollectorOptions Options { get; }

    /// <summary>Where the node's files are read from.</summary>
    public HostRoot HostRoot { get; }

    /// <summary>Where the files that describe this process rather than the node are read: its own network
    /// namespace's <c>/proc/thread-self/net/*</c> and the kernel's own module list, which decide what may be asked of
    /// the kernel without making it create a table or load a module. Always <c>/</c>, never the host root (a file
    /// under the host root must not drive a query in this process's namespace); a seam for tests.</summary>
    internal HostRoot Self { get; init; } = HostRoot.Default;

    /// <summary>Whether the host is Linux; every collector asks this before any file read or P/Invoke. A seam so
    /// that tests can take the NotLinux path on Linux.</summary>
    internal Func<bool> IsLinux { get; init; } = OperatingSystem.IsLinux;
}
