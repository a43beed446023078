using System.Globalization;
using System.Text.RegularExpressions;
using CompatRules.Cli.Output;

namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>Replaces the one thing the tool writes from the clock, and nothing else: the <c># +expiry-time=</c> line
/// heading an NFD feature file (<see cref="NfdFormatter"/>: the run's time plus <see cref="NfdFormatter.Expiry"/>),
/// and only when its time is one the run could have read (between <c>started</c> and <c>ended</c>, plus the expiry).
/// A line of another shape, another time, or a time outside the run is left as it is and so still compared.</summary>
internal static partial class ClockNormaliser
{
    /// <summary>What a normalised expiry line reads.</summary>
    public const string Placeholder = "# +expiry-time=<the run's time + expiry>";

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The output with each expiry line whose time falls in the run replaced by <see cref="Placeholder"/>.</summary>
    /// <param name="output">What the tool wrote.</param>
    /// <param name="started">The clock just before the run.</param>
    /// <param name="ended">The clock just after the run.</param>
    public static string Normalise(string output, DateTimeOffset started, DateTimeOffset ended)
    {
        // The tool writes whole seconds (truncated): the earliest it can write is the start's second.
        var earliest = new DateTimeOffset(started.UtcTicks - (started.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero) + NfdFormatter.Expiry;
        var latest = ended + NfdFormatter.Expiry;
        return ExpiryLine().Replace(output, line =>
        {
            var time = DateTimeOffset.ParseExact(line.Groups["time"].Value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            return time >= earliest && time <= latest ? Placeholder : line.Value;
        });
    }

    [GeneratedRegex(@"^# \+expiry-time=(?<time>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ExpiryLine();
}
