using System.Runtime.InteropServices;
using System.Text;

namespace CompatRules.Collectors.Tests.Support;

/// <summary>Creates files whose names are not UTF-8 (which .NET's string paths cannot name) with raw libc calls.</summary>
internal static unsafe partial class RawFiles
{
    /// <summary>Makes directory <paramref name="directory"/> (raw bytes) and writes <paramref name="text"/> to
    /// <paramref name="name"/> in it.</summary>
    public static void Write(byte[] directory, byte[] name, string text)
    {
        var dir = (byte[])[.. directory, 0];
        var file = (byte[])[.. directory, (byte)'/', .. name, 0];
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* d = dir)
        fixed (byte* f = file)
        fixed (byte* b = bytes)
        {
            if (MakeDirectory(d, 0x1ed) != 0)
            {
                throw new InvalidOperationException("mkdir failed: " + Marshal.GetLastPInvokeError());
            }

            var fd = Open(f, 0x1 | 0x40 | 0x80000, 0x1a4);
            if (fd < 0 || Write(fd, b, (nuint)bytes.Length) != bytes.Length)
            {
                throw new InvalidOperationException("writing the file failed: " + Marshal.GetLastPInvokeError());
            }

            _ = Close(fd);
        }
    }

    /// <summary>Removes what <see cref="Write"/> made (.NET cannot delete a name that is not UTF-8).</summary>
    public static void Delete(byte[] directory, byte[] name)
    {
        var dir = (byte[])[.. directory, 0];
        var file = (byte[])[.. directory, (byte)'/', .. name, 0];
        fixed (byte* d = dir)
        fixed (byte* f = file)
        {
            _ = Unlink(f);
            _ = RemoveDirectory(d);
        }
    }

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static partial int Unlink(byte* path);

    [LibraryImport("libc", EntryPoint = "rmdir", SetLastError = true)]
    private static partial int RemoveDirectory(byte* path);

    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    private static partial int MakeDirectory(byte* path, uint mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte* path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint Write(int fd, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
