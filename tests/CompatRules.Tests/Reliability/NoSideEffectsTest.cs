namespace CompatRules.Tests.Reliability;

/// <summary>The library starts no process, its collectors call no API that writes a file, and the only way to send a
/// netlink message without the read-only guard is never called by the library (proved on the compiled IL).</summary>
public class NoSideEffectsTest
{
    private static readonly string LibraryPath = typeof(CompatEngine).Assembly.Location;
    private static readonly Lazy<List<IlCalls.Call>> Calls = new(() => IlCalls.Of(LibraryPath));

    /// <summary>File system APIs that create, write, move or delete (FileStream is checked separately).</summary>
    private static readonly HashSet<string> WritingApis =
    [
        "System.IO.File.Create", "System.IO.File.CreateText", "System.IO.File.AppendText", "System.IO.File.OpenWrite",
        "System.IO.File.WriteAllText", "System.IO.File.WriteAllTextAsync", "System.IO.File.WriteAllBytes", "System.IO.File.WriteAllBytesAsync",
        "System.IO.File.WriteAllLines", "System.IO.File.WriteAllLinesAsync", "System.IO.File.AppendAllText", "System.IO.File.AppendAllTextAsync",
        "System.IO.File.AppendAllLines", "System.IO.File.AppendAllLinesAsync", "System.IO.File.Delete", "System.IO.File.Move",
        "System.IO.File.Copy", "System.IO.File.Replace", "System.IO.File.SetAttributes", "System.IO.File.SetUnixFileMode",
        "System.IO.File.CreateSymbolicLink", "System.IO.File.Open", "System.IO.File.OpenHandle",
        "System.IO.FileInfo.Create", "System.IO.FileInfo.CreateText", "System.IO.FileInfo.AppendText", "System.IO.FileInfo.OpenWrite",
        "System.IO.FileInfo.Open", "System.IO.FileInfo.Delete", "System.IO.FileInfo.MoveTo", "System.IO.FileInfo.CopyTo",
        "System.IO.Directory.CreateDirectory", "System.IO.Directory.Delete", "System.IO.Directory.Move", "System.IO.DirectoryInfo.Create",
        "System.IO.DirectoryInfo.Delete", "System.IO.StreamWriter..ctor",
    ];

    [Fact]
    public void Library_References_NoProcessType()
    {
        var processTypes = IlCalls.TypeReferences(LibraryPath).Where(t => t.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal));
        var processCalls = Calls.Value.Where(c => c.CalleeType.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal));

        Assert.Empty(processTypes);
        Assert.Empty(processCalls);
        Assert.Contains(Calls.Value, c => c.CalleeType == "System.Diagnostics.Stopwatch");
    }

    [Fact]
    public void Collectors_CallNoFileWritingApi()
    {
        var collectorCalls = Calls.Value.Where(c => c.CallerType.StartsWith("CompatRules.Collectors", StringComparison.Ordinal)).ToList();

        var writes = collectorCalls.Where(c => WritingApis.Contains(c.CalleeType + "." + c.CalleeMember)).Select(c => $"{c.CallerType}.{c.CallerMethod} -> {c.CalleeType}.{c.CalleeMember}");

        Assert.Empty(writes);
        Assert.Contains(collectorCalls, c => c.CalleeType == "CompatRules.Collectors.Interop.Libc" && c.CalleeMember == "OpenAt");
    }

    [Fact]
    public void Collectors_OpenFilesOnlyInTheConfinedReaderAndOnlyForReading()
    {
        var collectorCalls = Calls.Value.Where(c => c.CallerType.StartsWith("CompatRules.Collectors", StringComparison.Ordinal)).ToList();
        var openers = collectorCalls.Where(c => c.CalleeType == "CompatRules.Collectors.Interop.Libc" && c.CalleeMember == "OpenAt")
            .Select(c => c.CallerType).Distinct().Order(StringComparer.Ordinal).ToList();
        var flags = File.ReadAllText(Path.Combine(RepositoryRoot(), "src/CompatRules/Collectors/Interop/OpenFlags.cs"));
        var code = flags[flags.IndexOf("internal static class", StringComparison.Ordinal)..];

        Assert.DoesNotContain(collectorCalls, c => c.CalleeType == "System.IO.FileStream" && c.CalleeMember == ".ctor");
        Assert.Equal(["CompatRules.Collectors.Files.ConfinedResolver", "CompatRules.Collectors.Files.HostFileReader"], openers);
        foreach (var writing in new[] { "WriteOnly", "ReadWrite", "Create", "Truncate", "Append", "0x1;", "0x2;", "0x40;", "0x200;", "0x400;" })
        {
            Assert.DoesNotContain(writing, code, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Library_NeverCallsTheUnguardedNetlinkSocket()
    {
        var netlinkOpens = Calls.Value.Where(c => c.CalleeType == "CompatRules.Collectors.Netlink.NetlinkSocket").Select(c => c.CalleeMember).ToHashSet();

        Assert.DoesNotContain("OpenUnguardedForTestSetup", netlinkOpens);
        Assert.Contains("Open", netlinkOpens);
        Assert.Contains(Calls.Value, c => c.CallerType == "CompatRules.Collectors.Netlink.NetlinkSocket" && c.CalleeType == "CompatRules.Collectors.Netlink.NetlinkRequestGuard" && c.CalleeMember == "EnsureReadOnly");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CompatRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CompatRules.sln not found above " + AppContext.BaseDirectory);
    }
}
