namespace CompatRules.Cli.Output;

/// <summary>The destination of <c>-o FILE</c>. A regular file (or a new one) is written so that readers see the old
/// content or the new, never a part: a temporary file in the same directory, then a rename over the target, keeping
/// the existing file's permissions; through a symbolic link the link's target is replaced, not the link. A device,
/// FIFO or socket (<c>/dev/null</c>, a named pipe) is written in place: replacing it would put a regular file where
/// other programs expect the device.</summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string? _temp;
    private readonly string _target;
    private bool _committed;

    private AtomicFile(string target, string? temp, Stream stream)
    {
        _target = target;
        _temp = temp;
        Stream = stream;
    }

    /// <summary>Where to write; call <see cref="Commit"/> when done.</summary>
    public Stream Stream { get; }

    /// <summary>Opens <paramref name="path"/> for writing.</summary>
    /// <param name="path">The target as given.</param>
    /// <returns>The open destination.</returns>
    /// <exception cref="IOException">The path is a directory, or cannot be written.</exception>
    public static AtomicFile Open(string path)
    {
        var full = Path.GetFullPath(path);
        switch (UnixFileType.Of(full))
        {
            case FileKind.Directory:
                throw new IOException($"{path} is a directory; -o needs a file.");
            case FileKind.Special:
                return new AtomicFile(full, null, new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None));
            case FileKind.Regular when new FileInfo(full).LinkTarget is not null:
                var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                if (target is null || UnixFileType.Of(target) != FileKind.Regular)
                {
                    // A link the kernel resolves but a path cannot name (such as /proc/self/fd/N): write through it.
                    return new AtomicFile(full, null, new FileStream(full, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None));
                }

                full = target;
                break;
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temp, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 });
        if (!OperatingSystem.IsWindows() && File.Exists(full))
        {
            // Set, not created with: the creation mode passes through the umask.
            File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(full));
        }

        return new AtomicFile(full, temp, stream);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte order mark.</summary>
    /// <param name="path">The target as given.</param>
    /// <param name="text">The content.</param>
    public static void WriteAllText(string path, string text)
    {
        using var file = Open(path);
        using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            writer.Write(text);
        }

        file.Commit();
    }

    /// <summary>Flushes and, for a regular file, renames the temporary file over the target.</summary>
    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        if (_temp is not null)
        {
            File.Move(_temp, _target, overwrite: true);
        }

        _committed = true;
    }

    /// <summary>Closes the stream and removes the temporary file unless committed.</summary>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temp is not null && File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }
}
