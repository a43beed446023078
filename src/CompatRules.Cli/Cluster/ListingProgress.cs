using CompatRules.Inventory.Live;

namespace CompatRules.Cli.Cluster;

/// <summary>Shows on a terminal how far <c>cluster --kubeconfig</c> has read the API: a <see cref="ProgressBar"/>
/// with one step per resource <see cref="ClusterApi"/> lists, and the resource being read with the objects so far
/// (page by page).</summary>
/// <param name="writer">Where to draw (standard error, a terminal).</param>
internal sealed class ListingProgress(TextWriter writer) : IProgress<(string Resource, int Read)>
{
    private static readonly List<string> Resources = [.. ClusterApi.ListedResources];
    private readonly ProgressBar _bar = new(writer, Resources.Count, "resources");
    private readonly Dictionary<string, int> _read = new(StringComparer.Ordinal);

    /// <summary>Draws the page just read: the resources before this one are done.</summary>
    public void Report((string Resource, int Read) value)
    {
        _read[value.Resource] = value.Read;
        _bar.Report(Math.Max(0, Resources.IndexOf(value.Resource)), $"listing {value.Resource}: {value.Read}");
    }

    /// <summary>Ends the line: the full bar and the objects read when the read succeeded, else the last frame as it
    /// stands, so that an error starts on a line of its own.</summary>
    public void Finish(bool succeeded)
    {
        if (succeeded)
        {
            _bar.Report(Resources.Count, $"listed: {_read.Values.Sum()} objects");
        }
        else if (_read.Count > 0)
        {
            writer.WriteLine();
            writer.Flush();
        }
    }
}
