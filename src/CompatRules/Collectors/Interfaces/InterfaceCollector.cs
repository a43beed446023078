using System.Collections.Immutable;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Netlink;
using CompatRules.Facts;

namespace CompatRules.Collectors.Interfaces;

/// <summary>Lists network interfaces with an rtnetlink <c>RTM_GETLINK</c> dump (name, kind, vxlan parent, MTU) and
/// reads the offload features of <see cref="CollectorOptions.OffloadInterfaces"/> over ethtool netlink.</summary>
/// <remarks>The interfaces are those of this process's network namespace (the node's only with host networking).
/// Without ethtool netlink <c>FEATURES_GET</c> (kernels before 5.7) the <c>SIOCETHTOOL</c> ioctl is used instead.</remarks>
public sealed class InterfaceCollector : ICollector
{
    /// <summary>The collector's name: <c>interfaces</c>.</summary>
    public const string CollectorName = "interfaces";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [NetworkInterface.KeyPrefix + "*"];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        return Collect(scope.Context.Options.OffloadInterfaces.ToList(), scope.Context.Options.TimeoutFor(CollectorName));
    }

    /// <summary>Collects in the calling thread's network namespace.</summary>
    internal static CollectorResult Collect(IReadOnlyList<string> offloadInterfaces, TimeSpan timeout)
    {
        var builder = new CollectorResultBuilder();
        var networkNamespace = NetworkNamespace.Current();
        List<LinkInfo> links;
        try
        {
            links = InterfaceReader.Links(timeout);
        }
        catch (NetlinkErrorException e)
        {
            builder.Status(NetworkInterface.KeyPrefix + "*", Errno.IsPermission(e.ErrorNumber) ? CollectionState.PermissionDenied : CollectionState.Error, e.Message);
            return builder.Build();
        }
        catch (Exception e) when (e is NetlinkFormatException or NetlinkDumpInterruptedException)
        {
            builder.Status(NetworkInterface.KeyPrefix + "*", CollectionState.Error, e.Message);
            return builder.Build();
        }

        var names = links.ToDictionary(l => l.Index, l => l.Name);
        var offloads = ReadOffloads(links.Select(l => l.Name).Where(offloadInterfaces.Contains).ToList(), timeout, builder);
        foreach (var link in links)
        {
            var parent = link.ParentIndex is { } index ? names.GetValueOrDefault(index, $"ifindex {index}") : null;
            var fact = new NetworkInterface(link.Name, link.Kind, parent, link.Mtu, offloads.GetValueOrDefault(link.Name))
            {
                Provenance = new Provenance(SourceKind.Netlink, "NETLINK_ROUTE RTM_GETLINK" + (offloads.ContainsKey(link.Name) ? " + ethtool features (netlink FEATURES_GET or SIOCETHTOOL)" : string.Empty), networkNamespace),
            };
            builder.Add(fact);
        }

        foreach (var missing in offloadInterfaces.Where(n => !names.ContainsValue(n)))
        {
            builder.Status(NetworkInterface.KeyFor(missing), CollectionState.Absent, $"no interface {missing} in {networkNamespace ?? "this network namespace"}");
        }

        builder.Status(NetworkInterface.KeyPrefix + "*", CollectionState.Collected);
        return builder.Build();
    }

    private static Dictionary<string, ImmutableDictionary<string, bool>> ReadOffloads(List<string> devices, TimeSpan timeout, CollectorResultBuilder builder)
    {
        var result = new Dictionary<string, ImmutableDictionary<string, bool>>(StringComparer.Ordinal);
        if (devices.Count == 0)
        {
            return result;
        }

        NetlinkSocket? socket = null;
        ushort familyId = 0;
        try
        {
            (socket, familyId) = InterfaceReader.OpenEthtool(timeout);
        }
        catch (NetlinkErrorException e) when (e.ErrorNumber == Errno.ENOENT)
        {
            // No ethtool generic netlink family (kernel < 5.6 or CONFIG_ETHTOOL_NETLINK=n): use the ioctl.
        }
        catch (Exception e) when (e is NetlinkErrorException or NetlinkFormatException)
        {
            foreach (var device in devices)
            {
                builder.Status(OffloadSubject(device), CollectionState.Error, "ethtool generic netlink family: " + e.Message);
            }

            return result;
        }

        using (socket)
        {
            foreach (var device in devices)
            {
                try
                {
                    result[device] = ReadFeatures(socket, familyId, device).ToImmutableDictionary(StringComparer.Ordinal);
                    builder.Status(OffloadSubject(device), CollectionState.Collected);
                }
                catch (Exception e) when (e is NetlinkErrorException or NetlinkFormatException or NetlinkDumpInterruptedException)
                {
                    var state = e switch
                    {
                        NetlinkErrorException { ErrorNumber: Errno.EOPNOTSUPP } => CollectionState.Unsupported,
                        NetlinkErrorException { ErrorNumber: Errno.ENODEV } => CollectionState.Absent,
                        NetlinkErrorException { ErrorNumber: Errno.EPERM or Errno.EACCES } => CollectionState.PermissionDenied,
                        _ => CollectionState.Error,
                    };
                    builder.Status(OffloadSubject(device), state, e.Message);
                }
            }
        }

        return result;
    }

    /// <summary>Features over ethtool netlink, or over the ioctl when there is no family or (before Linux 5.7) no
    /// FEATURES_GET command.</summary>
    private static Dictionary<string, bool> ReadFeatures(NetlinkSocket? socket, ushort familyId, string device)
    {
        if (socket is null)
        {
            return EthtoolIoctlReader.Features(device);
        }

        try
        {
            return InterfaceReader.Features(socket, familyId, device);
        }
        catch (NetlinkErrorException e) when (e.ErrorNumber == Errno.EOPNOTSUPP)
        {
            return EthtoolIoctlReader.Features(device);
        }
    }

    /// <summary>The status subject for an interface's offloads, such as <c>interface:eth0/offloads</c>.</summary>
    internal static string OffloadSubject(string device) => NetworkInterface.KeyFor(device) + "/offloads";
}
