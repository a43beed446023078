namespace CompatRules.Collectors.Tests.Core;

/// <summary>The library refuses a host root that is not a directory before collecting anything (issue 14, defect 3).</summary>
public sealed class HostRootValidationTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("compatrules-root-").FullName;

    [Fact]
    public async Task CollectAsync_MissingRoot_ThrowsNamingIt()
    {
        var options = new CollectorOptions { HostRoot = Path.Combine(_directory, "missing") };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None));

        Assert.Equal($"The host root '{options.HostRoot}' does not exist.", e.Message);
    }

    [Fact]
    public async Task CollectAsync_RootIsAFile_ThrowsSayingSo()
    {
        var file = Path.Combine(_directory, "file");
        await File.WriteAllTextAsync(file, "x");
        var options = new CollectorOptions { HostRoot = file };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => FactCollection.CollectAsync(DefaultCollectors.Create(options), options, CancellationToken.None));

        Assert.Equal($"The host root '{file}' is not a directory.", e.Message);
    }

    [Fact]
    public void LooksLikeARootFileSystem_OnlyWithProcOrEtc()
    {
        Assert.False(new HostRoot(_directory).LooksLikeARootFileSystem);
        Directory.CreateDirectory(Path.Combine(_directory, "proc"));
        Assert.True(new HostRoot(_directory).LooksLikeARootFileSystem);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
