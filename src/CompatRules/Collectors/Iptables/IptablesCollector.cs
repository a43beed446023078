using CompatRules.Collectors.Files;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Safety;
using CompatRules.Facts;

namespace CompatRules.Collectors.Iptables;

/// <summary>Decides the iptables backend (legacy or nft) without running any program: legacy tables from this
/// thread's own <c>/proc/thread-self/net/ip_tables_names</c> and <c>ip6_tables_names</c> (only those tables, which
/// exist in the namespace queried, are asked for), nf_tables tables and chains over <c>NETLINK_NETFILTER</c> (only
/// when nf_tables is in the kernel already), then the iptables-wrappers v3 decision.</summary>
/// <remarks>Without CAP_NET_ADMIN the nft side is PermissionDenied and the backend is Unknown unless the legacy side
/// decides. Everything is read in this thread's network namespace, recorded in the evidence; nothing under the host
/// root is read, since the getsockopt and netlink queries describe (and could change) this namespace only: asking
/// for a table that does not exist makes the kernel create it, and may load a module.</remarks>
public sealed class IptablesCollector : ICollector
{
    /// <summary>The collector's name: <c>iptables</c>.</summary>
    public const string CollectorName = "iptables";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [IptablesMode.FactKey];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        return Collect(scope.Self, scope.Context.Options.TimeoutFor(CollectorName));
    }

    /// <summary>The legacy table lists of the calling thread's network namespace (the one every query goes to).</summary>
    internal const string Ipv4TablesPath = "/proc/thread-self/net/ip_tables_names";

    /// <summary>The IPv6 form of <see cref="Ipv4TablesPath"/>.</summary>
    internal const string Ipv6TablesPath = "/proc/thread-self/net/ip6_tables_names";

    /// <summary>Collects in the calling thread's network namespace.</summary>
    /// <param name="self">Reads this process's own files (<see cref="CollectorContext.Self"/>), never the host root.</param>
    /// <param name="timeout">The netlink receive timeout.</param>
    internal static CollectorResult Collect(HostFileReader self, TimeSpan timeout)
    {
        var builder = new CollectorResultBuilder();
        var networkNamespace = NetworkNamespace.Current();
        var nft = new KernelAutoloadGuard(self).WhyNotPresent("nf_tables", "CONFIG_NF_TABLES") is { } notLoaded
            ? new NftObservation(CollectionState.NotCollected, notLoaded, [], [])
            : ObserveNft(timeout);
        var legacy = ObserveLegacy(self);
        var mode = IptablesDecision.Decide(nft, legacy);
        mode = mode with
        {
            Evidence = mode.Evidence.Add($"network namespace: {networkNamespace ?? "unknown"}"),
            Provenance = new Provenance(SourceKind.Netlink, "NETLINK_NETFILTER GETTABLE/GETCHAIN + " + self.Root.Resolve(Ipv4TablesPath), networkNamespace),
        };
        builder.AddFactOnly(mode);
        builder.Status(IptablesMode.FactKey, mode.Backend == IptablesBackend.Unknown ? StateOfUnknown(nft, legacy) : CollectionState.Collected,
            mode.Backend == IptablesBackend.Unknown ? ReasonOfUnknown(mode.DecisionPath, nft, legacy) : null);
        return builder.Build();
    }

    internal static NftObservation ObserveNft(TimeSpan timeout)
    {
        try
        {
            var (tables, chains) = NftablesReader.Read(timeout);
            return new NftObservation(CollectionState.Collected, null, tables, chains);
        }
        catch (NetlinkErrorException e)
        {
            var state = e.ErrorNumber switch
            {
                Errno.EPERM or Errno.EACCES => CollectionState.PermissionDenied,
                Errno.EPROTONOSUPPORT or Errno.EINVAL or Errno.EOPNOTSUPP => CollectionState.Unsupported,
                _ => CollectionState.Error,
            };
            return new NftObservation(state, e.Message, [], []);
        }
        catch (Exception e) when (e is NetlinkFormatException or NetlinkDumpInterruptedException)
        {
            return new NftObservation(CollectionState.Error, e.Message, [], []);
        }
    }

    internal static LegacyObservation ObserveLegacy(HostFileReader reader)
    {
        var ipv4 = reader.ReadText(Ipv4TablesPath);
        var ipv6 = reader.ReadText(Ipv6TablesPath);
        if (ipv4.State == CollectionState.Absent && ipv6.State == CollectionState.Absent)
        {
            return new LegacyObservation(CollectionState.Absent, ipv4.Reason, [], [], []);
        }

        var failed = new[] { ipv4, ipv6 }.FirstOrDefault(r => r.State is not (CollectionState.Collected or CollectionState.Absent));
        if (failed is not null)
        {
            return new LegacyObservation(failed.State, failed.Reason, [], [], []);
        }

        var malformed = new[] { ipv4, ipv6 }.Where(r => r.Ok).SelectMany(r => Lines(r).Where(l => !IsTableName(l)).Select(l => $"{r.Path}: '{l}' is not a table name")).FirstOrDefault();
        if (malformed is not null)
        {
            return new LegacyObservation(CollectionState.Error, malformed, [], [], []);
        }

        var ipv4Tables = Names(ipv4);
        var ipv6Tables = Names(ipv6);
        var chains = new List<LegacyChain>();
        foreach (var (tables, isIpv6) in new[] { (ipv4Tables, false), (ipv6Tables, true) })
        {
            foreach (var table in tables)
            {
                try
                {
                    chains.AddRange(LegacyTableReader.UserChains(table, isIpv6).Select(c => new LegacyChain(isIpv6, table, c)));
                }
                catch (NetlinkErrorException e)
                {
                    var state = Errno.IsPermission(e.ErrorNumber) ? CollectionState.PermissionDenied : CollectionState.Error;
                    return new LegacyObservation(state, e.Message, ipv4Tables, ipv6Tables, chains);
                }
                catch (NetlinkFormatException e)
                {
                    return new LegacyObservation(CollectionState.Error, e.Message, ipv4Tables, ipv6Tables, chains);
                }
            }
        }

        return new LegacyObservation(CollectionState.Collected, null, ipv4Tables, ipv6Tables, chains);
    }

    /// <summary>The x_tables tables iptables knows. Only these are queried: asking the kernel for any other name (from a
    /// truncated or garbled names file) makes it try to load an <c>iptable_&lt;name&gt;</c> module.</summary>
    private static readonly HashSet<string> KnownTables = new(StringComparer.Ordinal) { "filter", "nat", "mangle", "raw", "security" };

    private static IReadOnlyList<string> Names(FileReadResult read) => read.Ok ? Lines(read).Where(KnownTables.Contains).ToList() : [];

    private static string[] Lines(FileReadResult read) => read.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What the kernel lists: 1 to 31 characters of lower-case letters, digits and underscores.</summary>
    private static bool IsTableName(string line) => line.Length is > 0 and < 32 && line.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    private static string ReasonOfUnknown(string decisionPath, NftObservation nft, LegacyObservation legacy)
        => (!nft.IsKnown ? nft.Reason : legacy.Reason) is { } reason ? $"{decisionPath} ({reason})" : decisionPath;

    private static CollectionState StateOfUnknown(NftObservation nft, LegacyObservation legacy)
        => !nft.IsKnown ? nft.State : legacy.State;
}
