using System.Runtime.InteropServices;

namespace CompatRules.Collectors.Interop;

/// <summary>The <c>open(2)</c> flags the confined reader uses. <c>O_DIRECTORY</c> and <c>O_NOFOLLOW</c> differ
/// between x86 and ARM; the others are the same on every architecture .NET runs on. No flag that writes or creates
/// (<c>O_WRONLY</c>, <c>O_RDWR</c>, <c>O_CREAT</c>, <c>O_TRUNC</c>) is defined here.</summary>
internal static class OpenFlags
{
    public const int ReadOnly = 0;
    public const int NoCtty = 0x100;
    public const int NonBlock = 0x800;
    public const int CloseOnExec = 0x80000;
    public const int Path = 0x200000;

    private static readonly bool IsArm = RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6;

    public static int Directory { get; } = IsArm ? 0x4000 : 0x10000;

    public static int NoFollow { get; } = IsArm ? 0x8000 : 0x20000;
}
