using System.Security.Cryptography;
using CompatRules.Collectors.Tests.Support;
using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>A full collection over a copy of a fixture node changes nothing under the host root: same files, same
/// sizes, contents, modes and modification times, nothing added (no SQLite journal, WAL or -shm beside rpmdb.sqlite).</summary>
public sealed class ReadOnlyCollectionTest : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("compatrules-readonly-").FullName;

    [LinuxFact]
    public async Task CollectAsync_FullCollection_LeavesTheHostRootUntouched()
    {
        Copy(FixtureTree.PathOf("ubuntu-22.04"), _root);
        Directory.CreateDirectory(Path.Combine(_root, "var/lib/dpkg"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "packages", "debian-12.dpkg-status"), Path.Combine(_root, "var/lib/dpkg/status"));
        Packages.RpmTestDatabase.Write(Path.Combine(_root, "var/lib/rpm/rpmdb.sqlite"), Packages.RpmTestDatabase.Rhel95);
        var before = Snapshot(_root);
        var options = new CollectorOptions { HostRoot = _root };

        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None);

        Assert.Equal(CollectionState.Collected, result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == OsRelease.FactKey).State);
        Assert.Equal(9, result.Runs.Length);
        Assert.Equal(CollectionState.Collected, result.Facts.OfType<CollectionStatus>().Single(s => s.Subject == "package:*").State);
        Assert.Equal(before, Snapshot(_root));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static List<string> Snapshot(string root)
        => Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
        {
            var info = new FileInfo(path);
            var isFile = !info.Attributes.HasFlag(FileAttributes.Directory);
            var hash = isFile ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "dir";
            var mode = OperatingSystem.IsWindows() ? string.Empty : info.UnixFileMode.ToString();
            return $"{Path.GetRelativePath(root, path)} {hash} {mode} {info.LastWriteTimeUtc.Ticks}";
        }).ToList();

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
