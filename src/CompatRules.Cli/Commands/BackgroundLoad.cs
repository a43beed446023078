using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Cli.Commands;

/// <summary>Loads a fact source on the thread pool while the calling thread builds the engine: reading a node (or a
/// file) and NRules compiling the built-in rules do not depend on each other, and on a node with two cores they take
/// about as long. The source's warnings are held until <see cref="Finish"/>, so standard error reads as it would
/// loaded in turn (a usage error found while the rules compile comes first, and alone).</summary>
internal sealed class BackgroundLoad
{
    private readonly StringWriter _warnings = new();
    private readonly Task<IReadOnlyList<FactSet>> _loading;

    /// <summary>Starts loading <paramref name="source"/>.</summary>
    public BackgroundLoad(IFactSource source)
        => _loading = Task.Run(() => CliApplication.Load(source, _warnings));

    /// <summary>Waits for the facts, then writes the source's warnings to <paramref name="stderr"/>; a failure to
    /// load is thrown here, as <see cref="CliApplication.Load"/> throws it.</summary>
    public IReadOnlyList<FactSet> Finish(TextWriter stderr)
    {
        var facts = _loading.GetAwaiter().GetResult();
        stderr.Write(_warnings.ToString());
        return facts;
    }

    /// <summary>Waits for the load to end and drops what it read or threw: the command failed before it needed it.</summary>
    public void Abandon()
    {
        try
        {
            _loading.GetAwaiter().GetResult();
        }
        catch (CliException)
        {
            // The command's own error is the one to report.
        }
    }
}
