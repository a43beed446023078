using System.IO.Compression;
using System.Text;
using CompatRules.Collectors.Interop;
using CompatRules.Facts;

namespace CompatRules.Collectors.Files;

/// <summary>Reads node files confined to the host root, never more than the byte cap, never blocking and never
/// throwing for I/O. Every path is resolved inside the root, links included (<see cref="ConfinedResolver"/>); only
/// a regular file is opened for reading (a FIFO, device or directory is refused from its <c>O_PATH</c> descriptor,
/// before any open that could block), and only ever read-only.</summary>
internal sealed unsafe class HostFileReader
{
    private const int AtFdCwd = -100;
    private const int ReadFlags = OpenFlags.ReadOnly | OpenFlags.NonBlock | OpenFlags.NoCtty | OpenFlags.CloseOnExec;
    private readonly long _maxBytes;
    private readonly bool _walkOnly;

    public HostFileReader(HostRoot root, long maxBytes, bool walkOnly = false)
    {
        Root = root;
        _maxBytes = maxBytes;
        _walkOnly = walkOnly;
    }

    public HostRoot Root { get; }

    /// <summary>Reads the text of <paramref name="nodePath"/>, gunzipping it when <paramref name="gzip"/> is set.</summary>
    public FileReadResult ReadText(string nodePath, bool gzip = false) => ReadText(NodePath.Of(nodePath), gzip);

    /// <summary>Reads the text of <paramref name="nodePath"/>, gunzipping it when <paramref name="gzip"/> is set.</summary>
    public FileReadResult ReadText(NodePath nodePath, bool gzip = false)
    {
        var path = Root.Resolve(nodePath.Display);
        var fd = Open(nodePath, FileType.Regular, out var failure);
        if (fd < 0)
        {
            return new FileReadResult(path, failure.State, null, $"{path}{failure.Reason}");
        }

        byte[]? bytes;
        try
        {
            bytes = ReadCapped(fd, _maxBytes, out var errno);
            if (errno != 0)
            {
                return new FileReadResult(path, CollectionState.Error, null, $"{path}: read failed with {Errno.Describe(errno)}");
            }
        }
        finally
        {
            _ = Libc.Close(fd);
        }

        try
        {
            if (bytes is not null && gzip)
            {
                var compressed = bytes;
                bytes = ReadCapped(new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress));
                if (bytes is not null && !GzipTrailer.Matches(compressed, bytes))
                {
                    return new FileReadResult(path, CollectionState.Error, null, $"{path}: the gzip stream is truncated or corrupt (its CRC-32/size trailer does not match)");
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException)
        {
            return new FileReadResult(path, CollectionState.Error, null, $"{path}: {e.Message}");
        }

        return bytes is null
            ? new FileReadResult(path, CollectionState.Error, null, $"{path} is larger than the {_maxBytes}-byte cap")
            : new FileReadResult(path, CollectionState.Collected, Encoding.UTF8.GetString(bytes), null);
    }

    /// <summary>Reads the bytes of <paramref name="nodePath"/> under a cap of its own (a package database is larger
    /// than the text files <see cref="CollectorOptions.MaxFileBytes"/> is for), by the same confined, non-blocking open.</summary>
    public (FileReadResult Result, byte[]? Bytes) ReadBytes(string nodePath, long maxBytes)
    {
        var node = NodePath.Of(nodePath);
        var path = Root.Resolve(node.Display);
        var fd = Open(node, FileType.Regular, out var failure);
        if (fd < 0)
        {
            return (new FileReadResult(path, failure.State, null, $"{path}{failure.Reason}"), null);
        }

        try
        {
            var bytes = ReadCapped(fd, maxBytes, out var errno);
            return errno != 0
                ? (new FileReadResult(path, CollectionState.Error, null, $"{path}: read failed with {Errno.Describe(errno)}"), null)
                : bytes is null
                    ? (new FileReadResult(path, CollectionState.Error, null, $"{path} is larger than the {maxBytes}-byte cap"), null)
                    : (new FileReadResult(path, CollectionState.Collected, null, null), bytes);
        }
        finally
        {
            _ = Libc.Close(fd);
        }
    }

    /// <summary>The entries of directory <paramref name="nodePath"/>, or why there are none.</summary>
    public DirectoryListing ListDirectory(string nodePath) => ListDirectory(NodePath.Of(nodePath));

    /// <summary>The entries of directory <paramref name="nodePath"/>, or why there are none.</summary>
    public DirectoryListing ListDirectory(NodePath nodePath)
    {
        var path = Root.Resolve(nodePath.Display);
        var fd = Open(nodePath, FileType.Directory, out var failure);
        if (fd < 0)
        {
            return new DirectoryListing(failure.State, [], path, $"{path}{failure.Reason}");
        }

        var directory = Libc.FdOpenDir(fd);
        if (directory == 0)
        {
            var errno = Libc.LastError;
            _ = Libc.Close(fd);
            return new DirectoryListing(CollectionState.Error, [], path, $"{path}: fdopendir failed with {Errno.Describe(errno)}");
        }

        try
        {
            var entries = new List<byte[]>();
            while (true)
            {
                var entry = Libc.ReadDir(directory);
                if (entry == 0)
                {
                    var errno = Libc.LastError;
                    if (errno != 0)
                    {
                        return new DirectoryListing(CollectionState.Error, [], path, $"{path}: readdir failed with {Errno.Describe(errno)}");
                    }

                    break;
                }

                // struct dirent on 64-bit glibc and musl: d_ino, d_off (8 bytes each), d_reclen (2), d_type (1), d_name.
                var name = new ReadOnlySpan<byte>((byte*)entry + 19, 256);
                name = name[..Math.Max(0, name.IndexOf((byte)0))];
                if (!name.SequenceEqual("."u8) && !name.SequenceEqual(".."u8))
                {
                    entries.Add(name.ToArray());
                }
            }

            entries.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
            return new DirectoryListing(CollectionState.Collected, entries, path, null);
        }
        finally
        {
            _ = Libc.CloseDir(directory);
        }
    }

    /// <summary>True when <paramref name="nodePath"/> is a directory inside the root.</summary>
    public bool IsDirectory(string nodePath)
    {
        var fd = Resolve(NodePath.Of(nodePath));
        if (fd < 0)
        {
            return false;
        }

        var type = FileType.Of(fd);
        _ = Libc.Close(fd);
        return type == FileType.Directory;
    }

    /// <summary>Resolves inside the root, checks the type on the <c>O_PATH</c> descriptor, then opens it for reading
    /// through <c>/proc/self/fd</c> (the same inode, so a file swapped in meanwhile is not read).</summary>
    private int Open(NodePath nodePath, int expectedType, out (CollectionState State, string Reason) failure)
    {
        failure = default;
        var pathFd = Resolve(nodePath);
        if (pathFd < 0)
        {
            failure = Failure(-pathFd);
            return -1;
        }

        try
        {
            var type = FileType.Of(pathFd);
            if (type < 0)
            {
                failure = (CollectionState.Error, $": statx failed with {Errno.Describe(-type)}");
                return -1;
            }

            if (type != expectedType)
            {
                failure = (CollectionState.Error, $" is {FileType.Describe(type)}, not {FileType.Describe(expectedType)}; not read");
                return -1;
            }

            var reopen = Encoding.ASCII.GetBytes($"/proc/self/fd/{pathFd}\0");
            fixed (byte* p = reopen)
            {
                var fd = Libc.OpenAt(AtFdCwd, p, ReadFlags | (expectedType == FileType.Directory ? OpenFlags.Directory : 0));
                if (fd < 0)
                {
                    var errno = Libc.LastError;
                    failure = errno == Errno.ENOENT
                        ? (CollectionState.Error, ": cannot be opened for reading without /proc/self/fd (is /proc mounted?)")
                        : Failure(errno);
                }

                return fd;
            }
        }
        finally
        {
            _ = Libc.Close(pathFd);
        }
    }

    private int Resolve(NodePath nodePath)
    {
        var rootFd = ConfinedResolver.OpenRoot(Root.Root);
        if (rootFd < 0)
        {
            return rootFd;
        }

        try
        {
            return ConfinedResolver.Resolve(rootFd, nodePath.Bytes, _walkOnly);
        }
        finally
        {
            _ = Libc.Close(rootFd);
        }
    }

    private static (CollectionState State, string Reason) Failure(int errno) => errno switch
    {
        Errno.ENOENT or Errno.ENOTDIR => (CollectionState.Absent, " does not exist"),
        Errno.EACCES or Errno.EPERM => (CollectionState.PermissionDenied, $": {Errno.Name(errno)}"),
        Errno.ELOOP => (CollectionState.Error, $": too many levels of symbolic links ({Errno.Describe(errno)})"),
        _ => (CollectionState.Error, $": {Errno.Describe(errno)}"),
    };

    private static byte[]? ReadCapped(int fd, long maxBytes, out int errno)
    {
        errno = 0;
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        while (true)
        {
            nint read;
            fixed (byte* p = chunk)
            {
                read = Libc.Read(fd, p, (nuint)chunk.Length);
            }

            if (read < 0)
            {
                errno = Libc.LastError;
                if (errno == Errno.EINTR)
                {
                    errno = 0;
                    continue;
                }

                return null;
            }

            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, (int)read);
        }
    }

    private byte[]? ReadCapped(Stream source)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > _maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
