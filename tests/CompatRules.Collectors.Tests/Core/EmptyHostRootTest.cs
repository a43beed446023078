using CompatRules.Facts;

namespace CompatRules.Collectors.Tests.Core;

/// <summary>The fault path: a host root with nothing in it gives statuses, never exceptions.</summary>
public sealed class EmptyHostRootTest : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("compatrules-empty-").FullName;

    [Fact]
    public async Task CollectAsync_EmptyHostRoot_GivesAbsentStatusesNotExceptions()
    {
        var options = new CollectorOptions { HostRoot = _root };

        var result = await FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None);

        Assert.All(result.Runs, r => Assert.NotEqual(CollectionState.Error, r.State));
        var statuses = result.Facts.OfType<CollectionStatus>().ToDictionary(s => s.Subject);
        Assert.Equal(CollectionState.Absent, statuses[OsRelease.FactKey].State);
        Assert.Equal(CollectionState.Absent, statuses[KernelConfig.FactKey].State);
        Assert.Equal(CollectionState.Error, statuses[KernelModules.FactKey].State);
        Assert.Equal(CollectionState.Absent, statuses[ProcessCapabilities.FactKey].State);
        Assert.Equal(CollectionState.Absent, statuses["sysctl:net.ipv4.ip_forward"].State);
        Assert.Contains(_root + "/etc/os-release does not exist", statuses[OsRelease.FactKey].Reason, StringComparison.Ordinal);
        Assert.Null(result.Facts.OfType<Sysctl>().Single(s => s.Name == "net.ipv4.ip_forward").Value);
    }

    [Fact]
    public async Task CollectAsync_FileOverTheCap_GivesErrorNamingTheCap()
    {
        Directory.CreateDirectory(Path.Combine(_root, "etc"));
        await File.WriteAllTextAsync(Path.Combine(_root, "etc", "os-release"), new string('#', 100));
        var context = new CollectorContext(new CollectorOptions { HostRoot = _root, MaxFileBytes = 10 });

        var result = await new CompatRules.Collectors.Host.OsReleaseCollector().CollectAsync(context, CancellationToken.None);

        var status = Assert.Single(result.Statuses);
        Assert.Equal(CollectionState.Error, status.State);
        Assert.Equal(_root + "/etc/os-release is larger than the 10-byte cap", status.Reason);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
