using System.Text;

namespace CompatRules.Collectors.Kernel;

/// <summary>Reads the fields of a Linux <c>struct utsname</c>: six NUL-terminated <c>char[65]</c>.</summary>
internal static class UtsNameParser
{
    public const int FieldLength = 65;
    public const int Size = 6 * FieldLength;
    public const int SysName = 0;
    public const int Release = 2;
    public const int Machine = 4;

    public static string Field(ReadOnlySpan<byte> utsname, int field)
    {
        var slice = utsname.Slice(field * FieldLength, FieldLength);
        var end = slice.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? slice : slice[..end]);
    }
}
