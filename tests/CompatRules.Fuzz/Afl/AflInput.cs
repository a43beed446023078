namespace CompatRules.Fuzz.Afl;

/// <summary>Reads one AFL input, cut at the target's maximum length as the mutation fuzzer cuts its own.</summary>
internal static class AflInput
{
    public static byte[] Read(Stream stream, int maxLength)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while (buffer.Length < maxLength && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxLength - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
