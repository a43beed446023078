using CompatRules.Cli.Commands;
using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a facts snapshot written by <c>compatrules collect</c>, with <see cref="FactSnapshot"/>.</summary>
/// <param name="path">The snapshot file.</param>
internal sealed class SnapshotFileSource(string path) : IFactSource
{
    private IReadOnlyList<string> _warnings = [];

    public string Description => $"snapshot {path}";

    public IReadOnlyList<string> Warnings => _warnings;

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"File not found: {path}", path);
        }

        try
        {
            var result = FactSnapshot.LoadWithWarnings(path);
            _warnings = [.. result.Warnings.Select(w => w.Message)];
            return Task.FromResult<IReadOnlyList<FactSet>>([result.Facts]);
        }
        catch (SnapshotFormatException e)
        {
            // An empty file has exactly one line, so name it even though the reader gives no position.
            var line = e.LineNumber ?? (new FileInfo(path).Length == 0 ? 1 : null);
            throw new CliException(InputLocation.Format(path, line, e.JsonPath, e.Problem), e);
        }
    }
}
