using System.IO.Compression;
using System.Text;
using CompatRules.Facts;

namespace CompatRules.Collectors.Files;

/// <summary>Reads node files through the host root, never more than the byte cap, never throwing for I/O.</summary>
internal sealed class HostFileReader
{
    private readonly long _maxBytes;

    public HostFileReader(HostRoot root, long maxBytes)
    {
        Root = root;
        _maxBytes = maxBytes;
    }

    public HostFileReader(CollectorContext context)
        : this(context.HostRoot, context.Options.MaxFileBytes)
    {
    }

    public HostRoot Root { get; }

    /// <summary>Reads the text of <paramref name="nodePath"/>, gunzipping it when <paramref name="gzip"/> is set.</summary>
    public FileReadResult ReadText(string nodePath, bool gzip = false)
    {
        var path = Root.Resolve(nodePath);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            var bytes = ReadCapped(file);
            if (bytes is not null && gzip)
            {
                var compressed = bytes;
                bytes = ReadCapped(new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress));
                if (bytes is not null && !GzipSizeMatches(compressed, bytes.Length))
                {
                    return new FileReadResult(path, CollectionState.Error, null, $"{path}: the gzip stream is truncated or corrupt (its size trailer does not match)");
                }
            }

            return bytes is null
                ? new FileReadResult(path, CollectionState.Error, null, $"{path} is larger than the {_maxBytes}-byte cap")
                : new FileReadResult(path, CollectionState.Collected, Encoding.UTF8.GetString(bytes), null);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new FileReadResult(path, CollectionState.Absent, null, $"{path} does not exist");
        }
        catch (UnauthorizedAccessException)
        {
            return new FileReadResult(path, CollectionState.PermissionDenied, null, $"{path}: EACCES");
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException)
        {
            return new FileReadResult(path, CollectionState.Error, null, $"{path}: {e.Message}");
        }
    }

    /// <summary>The names of the entries of directory <paramref name="nodePath"/>, or why there are none.</summary>
    public (CollectionState State, IReadOnlyList<string> Names, string Path, string? Reason) ListDirectory(string nodePath)
    {
        var path = Root.Resolve(nodePath);
        try
        {
            var names = new DirectoryInfo(path).EnumerateFileSystemInfos().Select(i => i.Name).Order(StringComparer.Ordinal).ToList();
            return (CollectionState.Collected, names, path, null);
        }
        catch (DirectoryNotFoundException)
        {
            return (CollectionState.Absent, [], path, $"{path} does not exist");
        }
        catch (UnauthorizedAccessException)
        {
            return (CollectionState.PermissionDenied, [], path, $"{path}: EACCES");
        }
        catch (IOException e)
        {
            return (CollectionState.Error, [], path, $"{path}: {e.Message}");
        }
    }

    /// <summary>True when <paramref name="nodePath"/> is a directory.</summary>
    public bool IsDirectory(string nodePath) => Directory.Exists(Root.Resolve(nodePath));

    /// <summary>GZipStream returns what it could decompress from a truncated file without complaint; a complete
    /// single-member file ends with the uncompressed size modulo 2^32 (RFC 1952 ISIZE).</summary>
    private static bool GzipSizeMatches(byte[] compressed, int decompressedLength)
        => compressed.Length >= 18 && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4)) == (uint)decompressedLength;

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
