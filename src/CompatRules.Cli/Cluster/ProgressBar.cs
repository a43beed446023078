namespace CompatRules.Cli.Cluster;

/// <summary>A one-line progress bar redrawn in place with carriage returns; only used when stderr is a terminal.
/// A shorter redraw is padded with spaces over the longer one before it.</summary>
/// <param name="writer">Where to draw (standard error).</param>
/// <param name="total">The number of steps.</param>
/// <param name="unit">What a step is, after the count (<c>nodes</c>).</param>
internal sealed class ProgressBar(TextWriter writer, int total, string unit = "nodes") : IProgress<int>
{
    private const int Width = 30;
    private int _drawn;

    /// <summary>Draws the bar for <paramref name="value"/> steps done.</summary>
    public void Report(int value) => Report(value, null);

    /// <summary>Draws the bar for <paramref name="value"/> steps done, then <paramref name="detail"/>; the line ends
    /// when every step is done.</summary>
    public void Report(int value, string? detail)
    {
        var filled = total == 0 ? Width : Math.Min(value, total) * Width / total;
        var line = $"[{new string('#', filled)}{new string(' ', Width - filled)}] {value}/{total} {unit}{(detail is null ? string.Empty : " " + detail)}";
        writer.Write("\r" + line.PadRight(_drawn));
        _drawn = line.Length;
        if (value >= total)
        {
            writer.WriteLine();
            _drawn = 0;
        }

        writer.Flush();
    }
}
