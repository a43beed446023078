using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Interop;

/// <summary>The type of an open file descriptor, from <c>statx(2)</c> (whose layout, unlike <c>struct stat</c>'s,
/// is the same on every architecture).</summary>
internal static unsafe class FileType
{
    public const int Regular = 0x8000;
    public const int Directory = 0x4000;
    public const int SymbolicLink = 0xA000;
    public const int Fifo = 0x1000;
    public const int CharacterDevice = 0x2000;
    public const int BlockDevice = 0x6000;
    public const int Socket = 0xC000;
    private const int AtEmptyPath = 0x1000;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    /// <summary>The <c>S_IFMT</c> bits of <paramref name="fd"/>, or the negated errno.</summary>
    public static int Of(int fd)
    {
        var buffer = stackalloc byte[StatxSize];
        var empty = stackalloc byte[1];
        empty[0] = 0;
        var number = StatxNumber();
        if (number < 0)
        {
            return -Errno.ENOSYS;
        }

        var result = Libc.Syscall5(number, fd, (nint)empty, AtEmptyPath | AtSymlinkNoFollow, (nint)StatxType, (nint)buffer);
        return result != 0 ? -Libc.LastError : BinaryPrimitives.ReadUInt16LittleEndian(new ReadOnlySpan<byte>(buffer + ModeOffset, 2)) & 0xF000;
    }

    /// <summary>What a file of type <paramref name="type"/> is, for a status reason.</summary>
    public static string Describe(int type) => type switch
    {
        Regular => "a regular file",
        Directory => "a directory",
        SymbolicLink => "a symbolic link",
        Fifo => "a FIFO (named pipe)",
        CharacterDevice => "a character device",
        BlockDevice => "a block device",
        Socket => "a socket",
        _ => "a file of type 0" + Convert.ToString(type, 8),
    };

    private static nint StatxNumber() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 332,
        Architecture.Arm64 or Architecture.LoongArch64 or Architecture.RiscV64 => 291,
        Architecture.Arm or Architecture.Armv6 => 397,
        Architecture.X86 => 383,
        Architecture.S390x => 379,
        Architecture.Ppc64le => 383,
        _ => -1,
    };
}
