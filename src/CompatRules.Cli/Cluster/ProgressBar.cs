namespace CompatRules.Cli.Cluster;

/// <summary>A one-line progress bar redrawn in place with carriage returns; only used when stderr is a terminal.</summary>
/// <param name="writer">Where to draw (standard error).</param>
/// <param name="total">The number of steps.</param>
internal sealed class ProgressBar(TextWriter writer, int total) : IProgress<int>
{
    private const int Width = 30;

    /// <summary>Draws the bar for <paramref name="value"/> steps done.</summary>
    public void Report(int value)
    {
        var filled = total == 0 ? Width : value * Width / total;
        writer.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {value}/{total} nodes");
        if (value >= total)
        {
            writer.WriteLine();
        }

        writer.Flush();
    }
}
