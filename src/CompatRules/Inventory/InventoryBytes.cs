namespace CompatRules.Inventory;

/// <summary>Reads the whole inventory into memory, refusing more than the configured size.</summary>
internal static class InventoryBytes
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static ReadOnlyMemory<byte> ReadAll(Stream stream, string? sourceName, long maxBytes)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > maxBytes)
            {
                throw TooLarge(sourceName, maxBytes, remaining);
            }
        }

        // One byte beyond the limit is enough to prove the input too long.
        var limit = maxBytes + 1;
        var buffer = new byte[(int)Math.Min(limit, stream.CanSeek ? stream.Length - stream.Position + 1 : 1 << 16)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                throw TooLarge(sourceName, maxBytes, null);
            }
        }

        var bytes = new ReadOnlyMemory<byte>(buffer, 0, length);
        return bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
    }

    private static InventoryFormatException TooLarge(string? sourceName, long maxBytes, long? actual)
        => new(
            sourceName,
            "$",
            null,
            actual is { } size ? $"the input has {size} bytes" : $"the input is longer than {maxBytes} bytes",
            $"at most {maxBytes} bytes (InventoryOptions.MaxBytes)");
}
