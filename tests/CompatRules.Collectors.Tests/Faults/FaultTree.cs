using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Tests.Faults;

/// <summary>A throw-away host root in a temp directory in which one file at a time is made faulty.</summary>
internal sealed partial class FaultTree : IDisposable
{
    public const long OneGigabyte = 1L << 30;
    private readonly List<string> _fifos = [];

    public string Root { get; } = System.IO.Directory.CreateTempSubdirectory("compatrules-fault-").FullName;

    public CollectorContext Context(bool isLinux = true) => new(new CollectorOptions { HostRoot = Root }) { IsLinux = () => isLinux };

    /// <summary>A context whose own-process files (<see cref="CollectorContext.Self"/>) are read from the tree too.</summary>
    public CollectorContext SelfContext() => new(new CollectorOptions { HostRoot = Root }) { Self = new HostRoot(Root) };

    public string PathOf(string nodePath) => Root + nodePath;

    public void Write(string nodePath, string text) => File.WriteAllText(Prepare(nodePath), text);

    public void WriteBytes(string nodePath, byte[] bytes) => File.WriteAllBytes(Prepare(nodePath), bytes);

    /// <summary>A sparse file of <paramref name="length"/> bytes (zeros), which takes no disk space.</summary>
    public void Sparse(string nodePath, long length)
    {
        using var file = File.Create(Prepare(nodePath));
        file.SetLength(length);
    }

    /// <summary>Makes the path a relative link to a link back to it (ELOOP). (An absolute link would name a path
    /// outside the tree, which the reader re-roots inside it: then the target simply does not exist.)</summary>
    public void SymlinkLoop(string nodePath)
    {
        var path = Prepare(nodePath);
        var name = Path.GetFileName(path);
        File.CreateSymbolicLink(path + ".loop", name);
        File.CreateSymbolicLink(path, name + ".loop");
    }

    /// <summary>Makes the path a symbolic link to <paramref name="target"/>, as written.</summary>
    public void Link(string nodePath, string target) => File.CreateSymbolicLink(Prepare(nodePath), target);

    /// <summary>Makes the path a directory.</summary>
    public void Directory(string nodePath) => System.IO.Directory.CreateDirectory(PathOf(nodePath));

    /// <summary>Writes the file with mode 000 (readable only with CAP_DAC_OVERRIDE or CAP_DAC_READ_SEARCH).</summary>
    public void Unreadable(string nodePath, string text)
    {
        Write(nodePath, text);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PathOf(nodePath), UnixFileMode.None);
        }
    }

    /// <summary>A named pipe with no writer: opening it for reading blocks, as a hung file system would.</summary>
    public void Hanging(string nodePath)
    {
        var path = Prepare(nodePath);
        if (MakeFifo(path, 0x180) != 0)
        {
            throw new InvalidOperationException("mkfifo failed: " + Marshal.GetLastPInvokeError());
        }

        _fifos.Add(path);
    }

    public void Dispose()
    {
        foreach (var fifo in _fifos)
        {
            // Unblock a reader still waiting in open(2): open the write end without blocking and close it (EOF).
            var fd = Open(fifo, 0x1 | 0x800);
            if (fd >= 0)
            {
                _ = Close(fd);
            }
        }

        System.IO.Directory.Delete(Root, recursive: true);
    }

    private string Prepare(string nodePath)
    {
        var path = PathOf(nodePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MakeFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
