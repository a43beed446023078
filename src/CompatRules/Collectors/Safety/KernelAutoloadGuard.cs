using CompatRules.Collectors.Files;
using CompatRules.Collectors.Kernel;
using CompatRules.Facts;

namespace CompatRules.Collectors.Safety;

/// <summary>Says whether a socket or netlink request can be made without the kernel loading a module for it.</summary>
/// <remarks>The kernel calls <c>request_module</c> (which runs modprobe on the node) when a socket is opened for a
/// protocol that is not registered (<c>socket(AF_INET, SOCK_STREAM, IPPROTO_MPTCP)</c>, <c>AF_INET6</c> without
/// ipv6, <c>NETLINK_NETFILTER</c> without nfnetlink) and when an nfnetlink message names a subsystem that is not
/// registered (nf_tables). Every source is this process's own kernel view (<see cref="CollectorContext.Self"/>),
/// never the host root: a kernel without module support (no <c>/proc/modules</c>) cannot load anything; otherwise a
/// module counts as present when <c>/proc/modules</c> lists it, <c>/sys/module/&lt;name&gt;</c> exists or the
/// kernel's own <c>/proc/config.gz</c> has it <c>=y</c>, and a protocol when <c>/proc/thread-self/net/protocols</c>
/// lists it.</remarks>
internal sealed class KernelAutoloadGuard
{
    private readonly HostFileReader _self;
    private readonly Lazy<FileReadResult> _modules;
    private readonly Lazy<KernelConfig?> _config;
    private readonly Lazy<HashSet<string>?> _protocols;

    public KernelAutoloadGuard(HostFileReader self)
    {
        _self = self;
        _modules = new(() => self.ReadText("/proc/modules"));
        _config = new(ReadConfig);
        _protocols = new(ReadProtocols);
    }

    /// <summary>False when the kernel has no module support (<c>/proc/modules</c> does not exist): nothing can be
    /// loaded, so every request is safe.</summary>
    public bool KernelLoadsModules => _modules.Value.State != CollectionState.Absent;

    /// <summary>Whether module <paramref name="module"/> (config option <paramref name="option"/>) is in the
    /// running kernel, or null with the reason when that cannot be shown without asking for it.</summary>
    public string? WhyNotPresent(string module, string option)
    {
        if (!KernelLoadsModules)
        {
            return null;
        }

        var modules = _modules.Value;
        if (modules.Ok && modules.Text!.Split('\n').Any(l => l.StartsWith(module + " ", StringComparison.Ordinal)))
        {
            return null;
        }

        if (_self.IsDirectory($"/sys/module/{module}"))
        {
            return null;
        }

        if (_config.Value?.State(option) == KernelOptionState.BuiltIn)
        {
            return null;
        }

        var listed = modules.Ok ? $"not in {modules.Path}" : $"{modules.Reason}";
        return $"{module} is not known to be in the running kernel ({listed}, no {_self.Root.Resolve("/sys/module/" + module)}, "
            + $"{option} not =y in its /proc/config.gz); not asked, since the request would make the kernel load the module";
    }

    /// <summary>Why a socket for <paramref name="protocol"/> (as named in <c>/proc/net/protocols</c>, such as
    /// <c>MPTCP</c> or <c>TCPv6</c>) is not opened, or null when opening it cannot load a module.</summary>
    /// <param name="protocol">The protocol name.</param>
    /// <param name="known">True when the reason is a fact (the protocol is not registered), false when the list could
    /// not be read.</param>
    public string? WhyNotRegistered(string protocol, out bool known)
    {
        known = true;
        if (!KernelLoadsModules || _protocols.Value is { } names && names.Contains(protocol))
        {
            return null;
        }

        var path = _self.Root.Resolve("/proc/thread-self/net/protocols");
        known = _protocols.Value is not null;
        return known
            ? $"{protocol} is not registered ({path}); no socket opened, since one would make the kernel load a module"
            : $"{path} could not be read; no socket opened, since one for an unregistered protocol would make the kernel load a module";
    }

    private KernelConfig? ReadConfig()
    {
        var read = _self.ReadText("/proc/config.gz", gzip: true);
        try
        {
            return read.Ok ? new KernelConfig(KernelConfigParser.Parse(read.Text!, read.Path)) : null;
        }
        catch (CollectorParseException)
        {
            return null;
        }
    }

    private HashSet<string>? ReadProtocols()
    {
        var read = _self.ReadText("/proc/thread-self/net/protocols");
        return read.Ok
            ? read.Text!.Split('\n').Skip(1).Select(l => l.Split(' ', 2)[0]).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal)
            : null;
    }
}
