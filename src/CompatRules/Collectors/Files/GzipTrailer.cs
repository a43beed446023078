using System.Buffers.Binary;

namespace CompatRules.Collectors.Files;

/// <summary>Checks that a gunzipped text is complete. GZipStream returns what it could decompress from a truncated
/// file without complaint; a complete file (one member or several, as <c>zcat</c> reads) ends with the CRC-32 and
/// the size modulo 2^32 of its last member (RFC 1952), whose output is the end of the text.</summary>
internal static class GzipTrailer
{
    private static readonly uint[] Table = BuildTable();

    public static bool Matches(byte[] compressed, byte[] decompressed)
    {
        if (compressed.Length < 18)
        {
            return false;
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 8));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        return size <= (uint)decompressed.Length && Crc32(decompressed.AsSpan(decompressed.Length - (int)size)) == crc;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
