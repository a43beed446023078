using System.Text;
using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz.Afl;

/// <summary>Writes a target's seed corpus (one file per seed) and its dictionary in afl-fuzz's <c>-x</c> format.</summary>
internal static class AflSeeds
{
    public static void Write(FuzzTarget target, string directory)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(directory, "seeds"));
        var index = 0;
        foreach (var seed in target.Corpus.Where(s => s.Length <= target.MaxLength).DefaultIfEmpty([]))
        {
            File.WriteAllBytes(Path.Combine(seeds.FullName, $"seed-{index++:D4}"), seed);
        }

        var dictionary = new StringBuilder();
        var entry = 0;
        foreach (var token in target.Dictionary.Where(t => t.Length is > 0 and <= 128).Distinct(ByteArrays.Instance))
        {
            dictionary.Append("t").Append(entry++).Append("=\"").Append(Escape(token)).Append("\"\n");
        }

        File.WriteAllText(Path.Combine(directory, "dict"), dictionary.ToString());
    }

    /// <summary>AFL's dictionary syntax: printable ASCII as is, except quote and backslash; anything else as \xNN.</summary>
    private static string Escape(byte[] token)
    {
        var text = new StringBuilder();
        foreach (var b in token)
        {
            text.Append(b is >= 0x20 and < 0x7f and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : $"\\x{b:X2}");
        }

        return text.ToString();
    }

    private sealed class ByteArrays : IEqualityComparer<byte[]>
    {
        public static ByteArrays Instance { get; } = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}
