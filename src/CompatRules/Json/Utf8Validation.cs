using System.Buffers;
using System.Text.Unicode;

namespace CompatRules.Json;

/// <summary>Finds the first byte that is not valid UTF-8, so that JSON readers can reject it with a line and column
/// instead of failing later, inside a string, with an <see cref="InvalidOperationException"/>.</summary>
/// <remarks>System.Text.Json checks the structure but not the UTF-8 inside strings until a string is read.</remarks>
internal static class Utf8Validation
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

        var (line, column) = Utf8Lines.PositionAt(utf8, offset);
        return (offset, line, column);
    }
}
