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

        var buffer = new byte[stream.CanSeek ? Math.Max(1, (int)(stream.Length - stream.Position)) : 1 << 16];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= maxBytes && stream.ReadByte() >= 0)
                {
                    throw TooLarge(sourceName, maxBytes, null);
                }

                if (length >= maxBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes, (long)buffer.Length * 2));
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
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
