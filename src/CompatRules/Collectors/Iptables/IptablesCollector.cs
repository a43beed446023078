using CompatRules.Collectors.Files;
using CompatRules.Collectors.Interop;
using CompatRules.Collectors.Netlink;
using CompatRules.Facts;

namespace CompatRules.Collectors.Iptables;

/// <summary>Decides the iptables backend (legacy or nft) without running any program: legacy tables from
/// <c>/proc/net/ip_tables_names</c> and <c>ip6_tables_names</c> (only those tables are queried), nf_tables tables
/// and chains over <c>NETLINK_NETFILTER</c>, then the iptables-wrappers v3 decision.</summary>
/// <remarks>Without CAP_NET_ADMIN the nft side is PermissionDenied and the backend is Unknown unless the legacy side
/// decides. Everything is read in this process's network namespace, recorded in the evidence.</remarks>
public sealed class IptablesCollector : ICollector
{
    /// <summary>The collector's name: <c>iptables</c>.</summary>
    public const string CollectorName = "iptables";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [IptablesMode.FactKey];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsLinux())
        {
            return Task.FromResult(CollectorResult.NotLinux(Subjects));
        }

        return Task.FromResult(Collect(new HostFileReader(context), context.Options.TimeoutFor(CollectorName)));
    }

    /// <summary>Collects in the calling thread's network namespace.</summary>
    internal static CollectorResult Collect(HostFileReader reader, TimeSpan timeout)
    {
        var builder = new CollectorResultBuilder();
        var networkNamespace = NetworkNamespace.Current();
        var nft = ObserveNft(timeout);
        var legacy = ObserveLegacy(reader);
        var mode = IptablesDecision.Decide(nft, legacy);
        mode = mode with
        {
            Evidence = mode.Evidence.Add($"network namespace: {networkNamespace ?? "unknown"}"),
            Provenance = new Provenance(SourceKind.Netlink, "NETLINK_NETFILTER GETTABLE/GETCHAIN + " + reader.Root.Resolve("/proc/net/ip_tables_names"), networkNamespace),
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
        var ipv4 = reader.ReadText("/proc/net/ip_tables_names");
        var ipv6 = reader.ReadText("/proc/net/ip6_tables_names");
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
