using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>A wrong <c>--host-root</c> is an input error, not a node on which every file is absent (issue 14,
/// defect 3): a missing directory or a regular file exits 2 naming it; a directory with neither <c>proc/</c> nor
/// <c>etc/</c> is collected with a warning.</summary>
public sealed class HostRootArgumentTest : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("compatrules-hostroot-");

    [Theory]
    [InlineData("check")]
    [InlineData("collect")]
    public void HostRoot_MissingDirectory_Exits2NamingIt(string command)
    {
        var missing = Path.Combine(_directory.FullName, "no-such-root");

        var run = CliRun.Default(command, "--host-root", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: local collection under {missing}: The host root '{missing}' does not exist.\n", run.Stderr);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void HostRoot_RegularFile_Exits2SayingItIsNotADirectory()
    {
        var file = Path.Combine(_directory.FullName, "root.txt");
        File.WriteAllText(file, "not a root\n");

        var run = CliRun.Default("collect", "--host-root", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"The host root '{file}' is not a directory.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HostRoot_DirectoryWithoutProcOrEtc_CollectsWithAWarning()
    {
        var run = CliRun.Default("collect", "--host-root", _directory.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"compatrules: warning: --host-root {_directory.FullName} has neither proc/ nor etc/", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"schemaVersion\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void HostRoot_DirectoryWithEtc_NoWarning()
    {
        Directory.CreateDirectory(Path.Combine(_directory.FullName, "etc"));

        var run = CliRun.Default("collect", "--host-root", _directory.FullName);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
