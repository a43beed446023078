using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Cli.Commands;

/// <summary>Opens a fact source on the thread pool while the calling thread builds the engine: reading a node (or
/// parsing and indexing a file) and NRules compiling the built-in rules do not depend on each other, and on a node with
/// two cores they take about as long. The source is opened as <see cref="CliApplication.Open"/> opens it (node by node
/// where the source can), and its warnings are the caller's to write once it has enumerated the nodes, so a usage
/// error found while the rules compile is reported first, and alone.</summary>
internal sealed class BackgroundLoad
{
    private readonly Task<IReadOnlyCollection<FactSet>> _opening;

    /// <summary>Starts opening <paramref name="source"/>.</summary>
    public BackgroundLoad(IFactSource source)
        => _opening = Task.Run(() => CliApplication.Open(source));

    /// <summary>Waits for the source to be open; a failure to open it is thrown here, as
    /// <see cref="CliApplication.Open"/> throws it.</summary>
    public IReadOnlyCollection<FactSet> Finish() => _opening.GetAwaiter().GetResult();

    /// <summary>Waits for the opening to end and drops what it read or threw: the command failed before it needed it.</summary>
    public void Abandon()
    {
        try
        {
            (_opening.GetAwaiter().GetResult() as IDisposable)?.Dispose();
        }
        catch (CliException)
        {
            // The command's own error is the one to report.
        }
    }
}
