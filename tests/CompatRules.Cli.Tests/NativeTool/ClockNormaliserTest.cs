using CompatRules.Cli.Output;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary><see cref="ClockNormaliser"/> replaces the NFD expiry line of a run's own time and nothing else, so
/// that it cannot hide a real difference between the native and the JIT-run tool.</summary>
public class ClockNormaliserTest
{
    private static readonly DateTimeOffset Started = new(2026, 12, 1, 15, 30, 0, 500, TimeSpan.Zero);
    private static readonly DateTimeOffset Ended = Started.AddSeconds(3);

    private static string Expiry(DateTimeOffset runTime)
        => $"# +expiry-time={(runTime + NfdFormatter.Expiry).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}";

    [Fact]
    public void Normalise_ExpiryOfTheRunsTime_IsReplaced()
    {
        var output = $"{Expiry(Started.AddSeconds(2))}\ncompatrules.io/kovn-tproxy-mptcp=affected\n";

        Assert.Equal($"{ClockNormaliser.Placeholder}\ncompatrules.io/kovn-tproxy-mptcp=affected\n", ClockNormaliser.Normalise(output, Started, Ended));
    }

    [Fact]
    public void Normalise_TwoRunsAtDifferentTimes_AreEqual()
    {
        var later = Ended.AddMinutes(1);

        Assert.Equal(
            ClockNormaliser.Normalise($"{Expiry(Started)}\nx=affected\n", Started, Ended),
            ClockNormaliser.Normalise($"{Expiry(later)}\nx=affected\n", later, later.AddSeconds(1)));
    }

    [Fact]
    public void Normalise_LabelsThatDiffer_StillDiffer()
    {
        var native = ClockNormaliser.Normalise($"{Expiry(Started)}\nx=unknown\n", Started, Ended);
        var jit = ClockNormaliser.Normalise($"{Expiry(Started)}\nx=affected\n", Started, Ended);

        Assert.NotEqual(jit, native);
    }

    [Theory]
    [InlineData(-1)] // before the run: a clock read wrongly, or a stale file
    [InlineData(5)] // after it
    [InlineData(-86400)] // the run's time itself: the expiry was not added
    public void Normalise_ExpiryOutsideTheRun_IsKept(int secondsFromStart)
    {
        var output = Expiry(Started.AddSeconds(secondsFromStart)) + "\n";

        Assert.Equal(output, ClockNormaliser.Normalise(output, Started, Ended));
    }

    [Theory]
    [InlineData("# +expiry-time={0}\r\n")] // a CRLF line ending is a difference of its own
    [InlineData(" # +expiry-time={0}\n")]
    [InlineData("# +expiry-time={0} \n")]
    [InlineData("label={0}\n")] // a time anywhere else is data
    [InlineData("# expiry-time={0}\n")]
    public void Normalise_TimeInAnyOtherShape_IsKept(string format)
    {
        var time = (Started + NfdFormatter.Expiry).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var output = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, time);

        Assert.Equal(output, ClockNormaliser.Normalise(output, Started, Ended));
    }
}
