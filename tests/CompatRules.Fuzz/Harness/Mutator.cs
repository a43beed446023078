using System.Buffers.Binary;
using System.Text;

namespace CompatRules.Fuzz.Harness;

/// <summary>Derives a fuzz input from a seed corpus: stacked bit flips, byte inserts and deletes, truncation,
/// splicing, interesting integers and dictionary tokens, and now and then pure noise.</summary>
internal static class Mutator
{
    private static readonly byte[] InterestingBytes = [0, 1, 0x7F, 0x80, 0xFF, (byte)'\n', (byte)'\r', (byte)'\t', (byte)' ', (byte)'"', (byte)'\'', (byte)'\\', (byte)'=', (byte)'#', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'.', (byte)'-', (byte)'+', (byte)'0', (byte)'9', 0xC0, 0xED, 0xF4];

    private static readonly uint[] InterestingInts = [0, 1, 2, 3, 4, 5, 8, 15, 16, 17, 20, 255, 256, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF];

    public static byte[] Generate(ulong caseSeed, FuzzTarget target)
    {
        var random = new SplitMix64(caseSeed);
        var (corpus, dictionary, maxLength) = (target.Corpus, target.Dictionary, target.MaxLength);
        if (target.Structured is { } structured && corpus.Count > 0 && random.OneIn(2))
        {
            var mutated = structured(random, corpus[random.Next(corpus.Count)]);
            return random.OneIn(4) ? Generate(random.NextUInt64(), target with { Corpus = [mutated], Structured = null }) : mutated;
        }

        if (random.OneIn(32) || corpus.Count == 0)
        {
            return Noise(random, random.Next(random.OneIn(4) ? 4096 : 64));
        }

        var data = new List<byte>(corpus[random.Next(corpus.Count)]);
        var count = 1 + random.Next(random.OneIn(4) ? 32 : 6);
        for (var i = 0; i < count; i++)
        {
            Mutate(random, data, corpus, dictionary);
            if (data.Count > maxLength)
            {
                data.RemoveRange(maxLength, data.Count - maxLength);
            }
        }

        return [.. data];
    }

    private static byte[] Noise(SplitMix64 random, int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = random.OneIn(2) ? InterestingBytes[random.Next(InterestingBytes.Length)] : (byte)random.Next(256);
        }

        return bytes;
    }

    private static void Mutate(SplitMix64 random, List<byte> data, IReadOnlyList<byte[]> corpus, IReadOnlyList<byte[]> dictionary)
    {
        var at = random.Next(data.Count + 1);
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256);
                break;
            case 2 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] = InterestingBytes[random.Next(InterestingBytes.Length)];
                break;
            case 3:
                data.InsertRange(at, Noise(random, 1 + random.Next(16)));
                break;
            case 4 when data.Count > 0:
                var deleteAt = Math.Min(at, data.Count - 1);
                data.RemoveRange(deleteAt, Math.Min(data.Count - deleteAt, 1 + random.Next(random.OneIn(8) ? data.Count : 16)));
                break;
            case 5:
                data.RemoveRange(at, data.Count - at);
                break;
            case 6:
                var other = corpus[random.Next(corpus.Count)];
                var from = random.Next(other.Length);
                data.InsertRange(at, other.AsSpan(from, random.Next(other.Length - from + 1)).ToArray());
                break;
            case 7 when data.Count > 0:
                var start = random.Next(data.Count);
                var chunk = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(64)));
                for (var copies = 1 + random.Next(random.OneIn(8) ? 64 : 3); copies > 0; copies--)
                {
                    data.InsertRange(at, chunk);
                }

                break;
            case 8 or 9 when dictionary.Count > 0:
                var token = dictionary[random.Next(dictionary.Count)];
                if (random.OneIn(2) && at + token.Length <= data.Count)
                {
                    for (var i = 0; i < token.Length; i++)
                    {
                        data[at + i] = token[i];
                    }
                }
                else
                {
                    data.InsertRange(at, token);
                }

                break;
            case 10 when data.Count >= 4:
                WriteInteger(random, data, Math.Min(at, data.Count - 4));
                break;
            default:
                if (data.Count > 0)
                {
                    var byteAt = Math.Min(at, data.Count - 1);
                    data[byteAt] = (byte)(data[byteAt] + random.Next(70) - 35);
                }

                break;
        }
    }

    private static void WriteInteger(SplitMix64 random, List<byte> data, int at)
    {
        var value = InterestingInts[random.Next(InterestingInts.Length)];
        if (random.OneIn(3))
        {
            value = (uint)(value + random.Next(9) - 4);
        }

        Span<byte> bytes = stackalloc byte[4];
        var width = random.OneIn(2) ? 2 : 4;
        if (random.OneIn(3))
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, width == 2 ? value << 16 : value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        }

        for (var i = 0; i < width; i++)
        {
            data[at + i] = bytes[i];
        }
    }

    /// <summary>UTF-8 bytes of each token, for a dictionary.</summary>
    public static IReadOnlyList<byte[]> Tokens(params string[] tokens) => tokens.Select(Encoding.UTF8.GetBytes).ToArray();
}
