using System.Diagnostics;

namespace CompatRules.Fuzz.Harness;

/// <summary>Runs a target's cases on a worker thread under a per-case deadline and allocation bound.</summary>
/// <remarks>Case <c>i</c> of target <c>t</c> has the seed <c>Mix(Mix(seed, hash(t)), i)</c>, printed on failure;
/// <c>COMPATRULES_FUZZ_REPLAY=t:0xseed</c> runs that one case again. A case that outlives the deadline fails the
/// run (its thread is abandoned, being a background thread).</remarks>
internal static class FuzzRunner
{
    public static FuzzReport Run(FuzzTarget target, FuzzSettings settings)
    {
        var caseSeeds = CaseSeeds(target, settings);
        var progress = new Progress();
        string? failure = null;
        long cases = 0;
        long rejected = 0;
        long maxAllocation = 0;
        var stopwatch = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            var rejectionsAtStart = Expect.Rejections;
            foreach (var (index, caseSeed) in caseSeeds)
            {
                var input = Mutator.Generate(caseSeed, target);
                progress.Start(index, caseSeed, input);
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    target.Run(input);
                }
                catch (Exception e)
                {
                    failure = Describe(target, index, caseSeed, input, e is FuzzViolation ? e.Message : $"undocumented {e.GetType().Name} escaped", e is FuzzViolation { InnerException: { } inner } ? inner : e);
                    return;
                }

                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                maxAllocation = Math.Max(maxAllocation, allocated);
                var bound = FuzzSettings.BaseAllocationBytes + (FuzzSettings.AllocationBytesPerInputByte * input.Length);
                if (allocated > bound)
                {
                    failure = Describe(target, index, caseSeed, input, $"allocated {allocated:N0} bytes, more than the bound of {bound:N0} for a {input.Length}-byte input", null);
                    return;
                }

                cases++;
                if (settings.ReportFile is { } progressFile && cases % 100_000 == 0)
                {
                    File.AppendAllText(progressFile, $"{DateTime.UtcNow:O} {target.Name}: {cases:N0} cases so far, {stopwatch.Elapsed.TotalSeconds:F0} s{Environment.NewLine}");
                }
            }

            rejected = Expect.Rejections - rejectionsAtStart;
        })
        {
            IsBackground = true,
            Name = $"fuzz {target.Name}",
        };
        worker.Start();
        while (!worker.Join(TimeSpan.FromMilliseconds(200)))
        {
            if (progress.Overdue(settings.Deadline) is { } stuck)
            {
                failure = Describe(target, stuck.Index, stuck.Seed, stuck.Input, $"still running after the deadline of {settings.Deadline.TotalSeconds} s (hang)", null);
                break;
            }
        }

        var report = new FuzzReport(target.Name, cases, rejected, stopwatch.Elapsed, maxAllocation, failure);
        if (settings.ReportFile is { } file)
        {
            File.AppendAllText(file, $"{DateTime.UtcNow:O} seed={settings.Seed} {report}{Environment.NewLine}");
        }

        return report;
    }

    private static IEnumerable<(long Index, ulong Seed)> CaseSeeds(FuzzTarget target, FuzzSettings settings)
    {
        if (settings.Replay is { } replay)
        {
            var colon = replay.LastIndexOf(':');
            if (replay[..colon] == target.Name)
            {
                yield return (-1, FuzzSettings.ParseSeed(replay[(colon + 1)..]));
            }

            yield break;
        }

        var targetSeed = SplitMix64.Mix(settings.Seed, SplitMix64.StableHash(target.Name));
        for (long i = 0; i < settings.Cases; i++)
        {
            yield return (i, SplitMix64.Mix(targetSeed, (ulong)i));
        }
    }

    private static string Describe(FuzzTarget target, long index, ulong caseSeed, byte[] input, string problem, Exception? exception)
    {
        var shown = Convert.ToBase64String(input, 0, Math.Min(input.Length, 2048));
        return $"""
            fuzz target '{target.Name}' case {index} (case seed 0x{caseSeed:x16}): {problem}
            replay: COMPATRULES_FUZZ_REPLAY={target.Name}:0x{caseSeed:x16} dotnet test tests/CompatRules.Fuzz
            input ({input.Length} bytes, base64{(input.Length > 2048 ? ", first 2048 bytes" : string.Empty)}): {shown}
            {exception}
            """;
    }

    private sealed class Progress
    {
        private readonly Lock _lock = new();
        private (long Index, ulong Seed, byte[] Input, long StartedAt)? _current;

        public void Start(long index, ulong seed, byte[] input)
        {
            lock (_lock)
            {
                _current = (index, seed, input, Stopwatch.GetTimestamp());
            }
        }

        public (long Index, ulong Seed, byte[] Input)? Overdue(TimeSpan deadline)
        {
            lock (_lock)
            {
                return _current is { } current && Stopwatch.GetElapsedTime(current.StartedAt) > deadline
                    ? (current.Index, current.Seed, current.Input)
                    : null;
            }
        }
    }
}
