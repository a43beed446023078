namespace CompatRules.Json;

/// <summary>The line and byte column of offsets met in increasing order, as a reader goes through a document: each
/// byte is looked at once, however many offsets are asked about.</summary>
internal struct Utf8LineCursor
{
    private int _scanned;
    private long _newlines;
    private int _lineStart;

    /// <summary>The 1-based line and 1-based byte column of the byte at <paramref name="offset"/>, which is at or
    /// after the offset of the previous call (an earlier one counts from the previous).</summary>
    public (long Line, long Column) MoveTo(ReadOnlySpan<byte> text, int offset)
    {
        offset = Math.Clamp(offset, _scanned, text.Length);
        var slice = text[_scanned..offset];
        var newlines = slice.Count((byte)'\n');
        if (newlines > 0)
        {
            _newlines += newlines;
            _lineStart = _scanned + slice.LastIndexOf((byte)'\n') + 1;
        }

        _scanned = offset;
        return (_newlines + 1, offset - _lineStart + 1);
    }
}
