using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Safety;
using CompatRules.Facts;

namespace CompatRules.Collectors.Sockets;

/// <summary>Runs socket probes with raw libc calls in the calling thread's network namespace; nothing is bound or
/// connected and every socket is closed.</summary>
internal static class SocketProber
{
    public static void Run(SocketProbeSpec probe, string? networkNamespace, KernelAutoloadGuard guard, CollectorResultBuilder builder)
    {
        var key = SocketCapability.KeyFor(probe.Name);
        var provenance = new Provenance(SourceKind.Probe, probe.SetTransparent ? $"{probe.SocketCall} + {probe.OptionCall}" : probe.SocketCall, networkNamespace);
        if (guard.WhyNotRegistered(probe.RegisteredName, out var known) is { } notRegistered)
        {
            if (probe.SetTransparent || !known)
            {
                builder.Status(key, known ? CollectionState.Unsupported : CollectionState.Error, $"{probe.SocketCall} not tried: {notRegistered}");
                return;
            }

            builder.AddFactOnly(new SocketCapability(probe.Name, ProbeResult.Unsupported, null, networkNamespace) { Provenance = provenance });
            builder.Status(key, CollectionState.Collected, $"{probe.SocketCall} not tried: {notRegistered}");
            return;
        }

        var fd = Libc.Socket(probe.Family, Libc.SOCK_STREAM | Libc.SOCK_CLOEXEC, probe.Protocol);
        if (fd < 0)
        {
            var errno = Libc.LastError;
            var result = ProbeErrno.Classify(errno);
            if (probe.SetTransparent)
            {
                // The option cannot be tried without the socket; a missing fact lets the rules say Unknown.
                var state = result == ProbeResult.Unsupported ? CollectionState.Unsupported : ProbeErrno.StateOf(result);
                builder.Status(key, state, $"{probe.SocketCall} failed with {Errno.Describe(errno)}, so the option was not tried");
                return;
            }

            builder.AddFactOnly(new SocketCapability(probe.Name, result, errno, networkNamespace) { Provenance = provenance });
            builder.Status(key, ProbeErrno.StateOf(result), $"{probe.SocketCall}: {Errno.Describe(errno)}");
            return;
        }

        try
        {
            if (!probe.SetTransparent)
            {
                builder.Add(new SocketCapability(probe.Name, ProbeResult.Supported, null, networkNamespace) { Provenance = provenance });
                return;
            }

            var errno = SetTransparent(fd, probe.Family);
            if (errno == 0)
            {
                builder.Add(new SocketCapability(probe.Name, ProbeResult.Supported, null, networkNamespace) { Provenance = provenance });
                return;
            }

            var result = ProbeErrno.Classify(errno);
            builder.AddFactOnly(new SocketCapability(probe.Name, result, errno, networkNamespace) { Provenance = provenance });
            builder.Status(key, ProbeErrno.StateOf(result), $"{probe.OptionCall}: {Errno.Describe(errno)}");
        }
        finally
        {
            _ = Libc.Close(fd);
        }
    }

    private static unsafe int SetTransparent(int fd, int family)
    {
        var one = 1;
        var (level, option) = family == Libc.AF_INET ? (Libc.SOL_IP, Libc.IP_TRANSPARENT) : (Libc.SOL_IPV6, Libc.IPV6_TRANSPARENT);
        return Libc.SetSockOpt(fd, level, option, &one, sizeof(int)) == 0 ? 0 : Libc.LastError;
    }
}
