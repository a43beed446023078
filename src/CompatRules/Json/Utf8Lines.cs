namespace CompatRules.Json;

/// <summary>The line and byte column of byte offsets in UTF-8 text, for the readers' messages: one offset at a time,
/// or many (<see cref="LineAt"/>) over 64 KiB checkpoints of line counts built on the first call, so that many
/// warnings cost one scan of the document, not one scan each.</summary>
internal sealed class Utf8Lines(ReadOnlyMemory<byte> utf8)
{
    private const int CheckpointBytes = 1 << 16;

    private int[]? _newlinesBeforeCheckpoint;

    /// <summary>The 1-based line and 1-based byte column of the byte at <paramref name="offset"/> of <paramref name="text"/>.</summary>
    public static (long Line, long Column) PositionAt(ReadOnlySpan<byte> text, int offset) => default(Utf8LineCursor).MoveTo(text, offset);

    /// <summary>The 1-based line of the byte at <paramref name="offset"/>.</summary>
    public long LineAt(int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        _newlinesBeforeCheckpoint ??= IndexCheckpoints();
        var checkpoint = offset / CheckpointBytes;
        var start = checkpoint * CheckpointBytes;
        return 1L + _newlinesBeforeCheckpoint[checkpoint] + utf8.Span[start..offset].Count((byte)'\n');
    }

    private int[] IndexCheckpoints()
    {
        var span = utf8.Span;
        var counts = new int[(span.Length / CheckpointBytes) + 1];
        var total = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            total += span.Slice((i - 1) * CheckpointBytes, CheckpointBytes).Count((byte)'\n');
            counts[i] = total;
        }

        return counts;
    }
}
