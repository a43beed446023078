using CompatRules.Collectors;

namespace CompatRules.Tests.Reliability;

/// <summary>Every built-in collector runs through the one shared preamble (context check, NotLinux guard, builder,
/// confined readers), and the file reader is made nowhere else, so a collector cannot skip the invariants or read a
/// node file around the confined, non-blocking reader (proved on the compiled IL).</summary>
public class CollectorPreambleTest
{
    private static readonly Lazy<List<IlCalls.Call>> Calls = new(() => IlCalls.Of(typeof(CompatEngine).Assembly.Location));

    [Fact]
    public void EveryBuiltInCollector_CollectAsync_GoesThroughThePreamble()
    {
        var collectors = typeof(ICollector).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ICollector).IsAssignableFrom(t)).Select(t => t.FullName!).ToList();

        Assert.Equal(9, collectors.Count);
        foreach (var collector in collectors)
        {
            Assert.Contains(Calls.Value, c => c.CallerType == collector && c.CallerMethod == "CollectAsync"
                && c.CalleeType == "CompatRules.Collectors.CollectorPreamble" && c.CalleeMember == "Run");
            Assert.DoesNotContain(Calls.Value, c => c.CallerType.StartsWith(collector, StringComparison.Ordinal) && c.CalleeMember == "get_IsLinux");
        }
    }

    [Fact]
    public void HostFileReader_IsMadeOnlyByThePreamble()
    {
        var makers = Calls.Value.Where(c => c.CalleeType == "CompatRules.Collectors.Files.HostFileReader" && c.CalleeMember == ".ctor")
            .Select(c => c.CallerType).Distinct().ToList();

        Assert.Equal(["CompatRules.Collectors.CollectorPreamble"], makers);
    }

    /// <summary>SQLite could open a node path around the confined reader: only the RPM reader makes a connection,
    /// and it is an in-memory one that is handed bytes (<c>sqlite3_deserialize</c>).</summary>
    [Fact]
    public void SqliteConnection_IsMadeOnlyByTheRpmReaderInMemory()
    {
        var makers = Calls.Value.Where(c => c.CalleeType == "Microsoft.Data.Sqlite.SqliteConnection" && c.CalleeMember == ".ctor")
            .Select(c => c.CallerType).Distinct().ToList();

        Assert.Equal(["CompatRules.Collectors.Packages.RpmDatabaseReader"], makers);
        Assert.Contains(Calls.Value, c => c.CallerType == "CompatRules.Collectors.Packages.RpmDatabaseReader" && c.CalleeMember == "sqlite3_deserialize");
    }
}
