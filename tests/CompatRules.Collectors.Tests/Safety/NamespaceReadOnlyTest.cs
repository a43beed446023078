using CompatRules.Collectors.Iptables;
using CompatRules.Collectors.Netlink;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Safety;

/// <summary>A full collection with every built-in collector, run on a thread inside a fresh network namespace and
/// over a hostile host root that lists all five legacy tables, leaves the kernel as it found it: the namespace's
/// legacy table lists, the module list, the nf_tables ruleset and every <c>net.*</c> sysctl are identical before and
/// after (issue 14, defect 1).</summary>
public sealed class NamespaceReadOnlyTest : IDisposable
{
    private const string AllTables = "filter\nnat\nmangle\nraw\nsecurity\n";
    private readonly string _root = Directory.CreateTempSubdirectory("compatrules-hostile-").FullName;

    [LinuxRootFact]
    public void CollectAllInFreshNamespace_HostileTableLists_ChangeNothing()
    {
        HostileTree.CopyFixture("ubuntu-22.04", _root);
        foreach (var list in new[] { "proc/net/ip_tables_names", "proc/net/ip6_tables_names", "proc/thread-self/net/ip_tables_names", "proc/thread-self/net/ip6_tables_names" })
        {
            HostileTree.Write(_root, list, AllTables);
        }

        using var ns = new TestNetworkNamespace();
        var (before, results, after) = ns.Run(() =>
        {
            var first = KernelState.Read();
            var context = new CollectorContext(new CollectorOptions { HostRoot = _root });
            var collected = DefaultCollectors.Create(context.Options)
                .Select(c => c.CollectAsync(context, CancellationToken.None).GetAwaiter().GetResult())
                .ToList();
            return (first, collected, KernelState.Read());
        });

        Assert.Equal(9, results.Count);
        Assert.Equal(string.Empty, before["ip_tables_names"]);
        Assert.Equal(string.Empty, before["ip6_tables_names"]);
        Assert.True(before.Keys.Count(k => k.StartsWith("net.", StringComparison.Ordinal)) > 100, "the net.* sysctls were not read");
        foreach (var key in before.Keys.Union(after.Keys))
        {
            Assert.True(before.TryGetValue(key, out var was) & after.TryGetValue(key, out var now) && was == now,
                $"{key} changed during the collection: '{was}' -> '{now}'");
        }

        var mode = results.SelectMany(r => r.Facts).OfType<IptablesMode>().Single();
        Assert.Contains("legacy: ip_tables_names [], ip6_tables_names []", mode.Evidence);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>What a collection must not change, read from the calling thread's network namespace.</summary>
    private static class KernelState
    {
        public static Dictionary<string, string> Read()
        {
            var state = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ip_tables_names"] = ReadOrErrno("/proc/thread-self/net/ip_tables_names"),
                ["ip6_tables_names"] = ReadOrErrno("/proc/thread-self/net/ip6_tables_names"),
                ["arp_tables_names"] = ReadOrErrno("/proc/thread-self/net/arp_tables_names"),
                ["/proc/modules"] = ReadOrErrno("/proc/modules"),
                ["nft ruleset"] = NftRuleset(),
            };
            foreach (var file in Directory.EnumerateFiles("/proc/sys/net", "*", SearchOption.AllDirectories))
            {
                state["net." + Path.GetRelativePath("/proc/sys/net", file).Replace('/', '.')] = ReadOrErrno(file);
            }

            return state;
        }

        private static string NftRuleset()
        {
            // No nft(8) on the test machines: the same tables and chains, dumped over netlink.
            using var socket = NetlinkSocket.Open(NetlinkConstants.NETLINK_NETFILTER, TimeSpan.FromSeconds(5));
            var tables = socket.Request(seq => NftablesParser.DumpRequest(NftablesParser.MsgGetTable, seq)).Select(NftablesParser.Table);
            var chains = socket.Request(seq => NftablesParser.DumpRequest(NftablesParser.MsgGetChain, seq)).Select(NftablesParser.Chain);
            return string.Join("; ", tables.Select(t => t.ToString()).Concat(chains.Select(c => c.ToString())));
        }

        private static string ReadOrErrno(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "unreadable: " + e.GetType().Name;
            }
        }
    }
}
