using System.Runtime.InteropServices;

namespace CompatRules.Cli.Output;

/// <summary>Whether a path names a regular file, a directory or something else (a device, FIFO or socket), following
/// symbolic links. .NET has no public API for the file type; this asks the runtime's own native shim
/// (<c>SystemNative_Stat</c> in libSystem.Native, the call behind <see cref="File.Exists(string)"/> on Unix), whose
/// <c>FileStatus</c> starts with the fields <c>Flags</c> and <c>Mode</c>.</summary>
internal static partial class UnixFileType
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The type of <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see cref="FileKind.Missing"/> when nothing is there (or it cannot be examined),
    /// <see cref="FileKind.Regular"/> on Windows for any existing file.</returns>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        // FileStatus is 17 eight-byte-aligned fields in current runtimes; the buffer leaves room for more.
        Span<byte> status = stackalloc byte[512];
        try
        {
            if (Stat(path, ref MemoryMarshal.GetReference(status)) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        var mode = MemoryMarshal.Read<int>(status[4..]) & TypeMask;
        return mode switch
        {
            Regular => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);
}

/// <summary>What a path names.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or nothing that can be examined).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A character or block device, a FIFO or a socket.</summary>
    Special,
}
