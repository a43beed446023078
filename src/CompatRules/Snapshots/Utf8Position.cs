using System.Buffers;
using System.Text.Unicode;

namespace CompatRules.Snapshots;

/// <summary>Finds the first byte that is not valid UTF-8, so that JSON readers can reject it with a line and column
/// instead of failing later, inside a string, with an <see cref="InvalidOperationException"/>.</summary>
/// <remarks>System.Text.Json checks the structure but not the UTF-8 inside strings until a string is read.</remarks>
internal static class Utf8Position
{
    /// <summary>The 0-based offset, 1-based line and 1-based byte column of the first invalid byte, or null when all is valid.</summary>
    public static (int Offset, long Line, long Column)? FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }

        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var before = utf8[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (offset, before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }
}
