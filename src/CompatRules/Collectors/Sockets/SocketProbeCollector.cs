using CompatRules.Collectors.Files;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Safety;
using CompatRules.Facts;

namespace CompatRules.Collectors.Sockets;

/// <summary>Probes MPTCP and <c>IP_TRANSPARENT</c>/<c>IPV6_TRANSPARENT</c> on TCP and MPTCP sockets (the
/// <see cref="SocketProbes"/>) with raw libc calls, since the managed <c>Socket</c> refuses protocol 262.</summary>
/// <remarks>Each result carries the errno and the network namespace the probe ran in. <c>EOPNOTSUPP</c>,
/// <c>EPROTONOSUPPORT</c>, <c>EINVAL</c>, <c>ENOPROTOOPT</c> and <c>EAFNOSUPPORT</c> mean unsupported; <c>EPERM</c>
/// and <c>EACCES</c> mean the caller lacks the privilege. Nothing is bound or connected.</remarks>
public sealed class SocketProbeCollector : ICollector
{
    /// <summary>The collector's name: <c>socket-probes</c>.</summary>
    public const string CollectorName = "socket-probes";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [SocketCapability.KeyPrefix + "*"];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        return RunAll(scope.Self, ct);
    }

    /// <summary>Runs every probe in the calling thread's network namespace; a protocol that is not registered is
    /// not opened (<see cref="KernelAutoloadGuard"/>).</summary>
    /// <param name="self">Reads this process's own files (<see cref="CollectorContext.Self"/>).</param>
    /// <param name="ct">Cancels between probes.</param>
    internal static CollectorResult RunAll(HostFileReader self, CancellationToken ct)
    {
        var builder = new CollectorResultBuilder();
        var guard = new KernelAutoloadGuard(self);
        var networkNamespace = NetworkNamespace.Current();
        foreach (var probe in SocketProbeSpec.All)
        {
            ct.ThrowIfCancellationRequested();
            SocketProber.Run(probe, networkNamespace, guard, builder);
        }

        return builder.Build();
    }
}
