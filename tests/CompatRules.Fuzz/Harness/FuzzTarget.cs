namespace CompatRules.Fuzz.Harness;

/// <summary>One parser under fuzzing: its seed corpus, a dictionary of tokens its format uses, and the call that
/// feeds it one input (throwing <see cref="FuzzViolation"/> when the parser breaks its contract).</summary>
/// <param name="Name">A short stable name; part of each case seed and of the replay command.</param>
/// <param name="Corpus">Seed inputs, usually the test fixtures.</param>
/// <param name="Dictionary">Tokens the mutator inserts.</param>
/// <param name="Run">Feeds one input to the parser.</param>
/// <param name="MaxLength">The longest input generated.</param>
/// <param name="Structured">A format-aware mutation of one seed, used for half the cases, or null.</param>
internal sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Corpus, IReadOnlyList<byte[]> Dictionary, Action<byte[]> Run, int MaxLength = 64 * 1024, Func<SplitMix64, byte[], byte[]>? Structured = null);
