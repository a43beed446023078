using CompatRules.Fuzz.Harness;

namespace CompatRules.Fuzz;

/// <summary>The harness itself fails where it must: undocumented exceptions, missing locations, hangs, allocation,
/// and it replays a case seed to the same input.</summary>
public class FuzzRunnerTest
{
    private static readonly FuzzSettings Settings = new(100, FuzzSettings.DefaultSeed, TimeSpan.FromSeconds(10), null, null);

    private static FuzzTarget Target(Action<byte[]> run) => new("test", [[1, 2, 3, 4, 5, 6, 7, 8]], [], run);

    [Fact]
    public void Run_ParserThrowsUndocumentedException_FailsWithReplayCommand()
    {
        var report = FuzzRunner.Run(Target(_ => Expect.Only<FormatException>(() => throw new IndexOutOfRangeException(), _ => true)), Settings);

        Assert.Equal(0, report.Cases);
        Assert.Contains("test' case 0 (case seed 0x", report.Failure, StringComparison.Ordinal);
        Assert.Contains("undocumented IndexOutOfRangeException (only FormatException may escape)", report.Failure, StringComparison.Ordinal);
        Assert.Contains("replay: COMPATRULES_FUZZ_REPLAY=test:0x", report.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DocumentedExceptionWithoutLocation_Fails()
    {
        var report = FuzzRunner.Run(Target(_ => Expect.Only<FormatException>(() => throw new FormatException("no place"), e => e.Message.Contains(':'))), Settings);

        Assert.Contains("FormatException without a location: no place", report.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DocumentedExceptionWithLocation_CountsRejections()
    {
        var report = FuzzRunner.Run(Target(_ => Expect.Only<FormatException>(() => throw new FormatException("line 1: bad"), e => e.Message.Contains(':'))), Settings);

        Assert.Equal((100L, 100L, (string?)null), (report.Cases, report.Rejected, report.Failure));
    }

    [Fact]
    public void Run_CaseNeverReturns_FailsAsHang()
    {
        var release = new ManualResetEventSlim(); // not disposed: the abandoned worker thread still uses it
        var settings = Settings with { Deadline = TimeSpan.FromMilliseconds(100) };

        var report = FuzzRunner.Run(Target(_ => release.Wait()), settings);
        release.Set();

        Assert.Contains("still running after the deadline of 0.1 s (hang)", report.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CaseAllocatesFarMoreThanItsInput_Fails()
    {
        var report = FuzzRunner.Run(Target(input => GC.KeepAlive(new byte[64 * 1024 * 1024])), Settings);

        Assert.Contains("allocated 67,", report.Failure, StringComparison.Ordinal);
        Assert.Contains("more than the bound of", report.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReplayOfAFailingCaseSeed_FeedsTheSameInput()
    {
        var inputs = new List<byte[]>();
        var failing = FuzzRunner.Run(Target(input => { inputs.Add(input); Expect.That(inputs.Count < 37, "fails at case 36"); }), Settings);
        var seed = failing.Failure!.Split("case seed ")[1][..18];
        var replayed = new List<byte[]>();

        var replay = FuzzRunner.Run(Target(replayed.Add), Settings with { Replay = $"test:{seed}" });

        Assert.Equal(1, replay.Cases);
        Assert.Equal(inputs[^1], Assert.Single(replayed));
    }
}
