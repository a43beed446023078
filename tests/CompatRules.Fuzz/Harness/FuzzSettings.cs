using System.Globalization;

namespace CompatRules.Fuzz.Harness;

/// <summary>The fuzz budget and seeds, from environment variables so CI and the long run use the same tests.</summary>
/// <param name="Cases">Cases per parser: <c>COMPATRULES_FUZZ_CASES</c>, default 10,000.</param>
/// <param name="Seed">The base seed: <c>COMPATRULES_FUZZ_SEED</c>, default 20261121.</param>
/// <param name="Deadline">The most one case may take: <c>COMPATRULES_FUZZ_DEADLINE_SECONDS</c>, default 10.</param>
/// <param name="Replay">A case to replay alone, <c>COMPATRULES_FUZZ_REPLAY=target:0xcaseSeed</c>, or null.</param>
/// <param name="ReportFile">A file each target appends its numbers to: <c>COMPATRULES_FUZZ_REPORT</c>, or null.</param>
internal sealed record FuzzSettings(long Cases, ulong Seed, TimeSpan Deadline, string? Replay, string? ReportFile)
{
    public const long DefaultCases = 10_000;
    public const ulong DefaultSeed = 20261121;

    /// <summary>Bytes a case may allocate regardless of its input's size.</summary>
    public const long BaseAllocationBytes = 16L * 1024 * 1024;

    /// <summary>Bytes a case may allocate per input byte on top of <see cref="BaseAllocationBytes"/>.</summary>
    public const long AllocationBytesPerInputByte = 1024;

    public static FuzzSettings FromEnvironment()
    {
        var cases = Environment.GetEnvironmentVariable("COMPATRULES_FUZZ_CASES");
        var seed = Environment.GetEnvironmentVariable("COMPATRULES_FUZZ_SEED");
        var deadline = Environment.GetEnvironmentVariable("COMPATRULES_FUZZ_DEADLINE_SECONDS");
        return new FuzzSettings(
            string.IsNullOrEmpty(cases) ? DefaultCases : long.Parse(cases, CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(seed) ? DefaultSeed : ParseSeed(seed),
            TimeSpan.FromSeconds(string.IsNullOrEmpty(deadline) ? 10 : double.Parse(deadline, CultureInfo.InvariantCulture)),
            NullIfEmpty(Environment.GetEnvironmentVariable("COMPATRULES_FUZZ_REPLAY")),
            NullIfEmpty(Environment.GetEnvironmentVariable("COMPATRULES_FUZZ_REPORT")));
    }

    public static ulong ParseSeed(string text)
        => text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
