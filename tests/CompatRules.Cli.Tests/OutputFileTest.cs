using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary><c>-o</c>: regular files replaced atomically keeping their mode, devices and FIFOs written in place,
/// <c>/dev/stdout</c> is standard output.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OutputFileTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("compatrules-out-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_ExistingPrivateFile_ReplacedKeepingMode()
    {
        var path = Path.Combine(_directory, "report.json");
        File.WriteAllText(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--format", "json", "-o", path);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(_directory));
    }

    [Fact]
    public void Run_SymbolicLink_ReplacesTheTargetKeepsTheLink()
    {
        var target = Path.Combine(_directory, "target.txt");
        var link = Path.Combine(_directory, "link.txt");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);
        Assert.Equal(0, CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--format", "nfd", "-o", link).ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("# +expiry-time=", File.ReadAllText(target));
    }

    [Fact]
    public void Run_DevNull_StaysTheDevice()
    {
        Assert.Equal(FileKind.Special, UnixFileType.Of("/dev/null"));
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "-o", "/dev/null");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(FileKind.Special, UnixFileType.Of("/dev/null"));
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task Run_Fifo_WrittenInPlaceForTheReader()
    {
        var fifo = Path.Combine(_directory, "pipe");
        Assert.Equal(0, Mkfifo(fifo, Convert.ToInt32("600", 8)));
        var reader = Task.Run(() => File.ReadAllText(fifo));
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--format", "nfd", "-o", fifo);
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# +expiry-time=", await reader.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(FileKind.Special, UnixFileType.Of(fifo));
    }

    [Theory]
    [InlineData("/dev/stdout")]
    [InlineData("-")]
    public void Run_StdoutPath_WritesToStandardOutput(string path)
    {
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "--format", "nfd", "-o", path);
        Assert.StartsWith("# +expiry-time=", run.Stdout);
    }

    [Fact]
    public void Run_Directory_Exits2SayingSo()
    {
        var run = CliRun.WithFacts(TestEngine.Node("n"), null, "evaluate", "f.json", "-o", _directory);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"compatrules: cannot write {_directory}: {_directory} is a directory; -o needs a file.\n", run.Stderr);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int Mkfifo(string path, int mode);
}
