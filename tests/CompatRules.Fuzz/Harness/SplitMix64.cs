namespace CompatRules.Fuzz.Harness;

/// <summary>A small deterministic random generator (SplitMix64), so a case seed replays the same input on any runtime.</summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, <paramref name="bound"/>); 0 when the bound is not positive.</summary>
    public int Next(int bound) => bound <= 0 ? 0 : (int)(NextUInt64() % (ulong)bound);

    public bool OneIn(int n) => Next(n) == 0;

    public static ulong Mix(ulong a, ulong b) => new SplitMix64(a ^ (b * 0xD6E8FEB86659FD93UL)).NextUInt64();

    /// <summary>A hash of <paramref name="text"/> that is the same in every process (string.GetHashCode is not).</summary>
    public static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
