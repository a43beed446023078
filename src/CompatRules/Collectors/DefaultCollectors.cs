using CompatRules.Collectors.Containers;
using CompatRules.Collectors.Host;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Kernel;
using CompatRules.Collectors.Packages;
using CompatRules.Collectors.Sockets;

namespace CompatRules.Collectors;

/// <summary>The built-in node collectors.</summary>
public static class DefaultCollectors
{
    /// <summary>Creates one instance of every built-in collector.</summary>
    /// <param name="options">The collector options (the collectors read them again from the context when they run).</param>
    /// <returns>The collectors: kernel, os-release, sysctl, capabilities, socket probes, iptables, interfaces, containers and packages.</returns>
    public static IReadOnlyList<ICollector> Create(CollectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return
        [
            new KernelCollector(),
            new OsReleaseCollector(),
            new SysctlCollector(),
            new CapabilitiesCollector(),
            new SocketProbeCollector(),
            new IptablesCollector(),
            new InterfaceCollector(),
            new ContainerImageCollector(),
            new PackageCollector(),
        ];
    }
}
