using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a facts snapshot written by <c>compatrules collect</c>, with <see cref="FactSnapshot"/>.</summary>
/// <param name="path">The snapshot file.</param>
internal sealed class SnapshotFileSource(string path) : IFactSource
{
    public string Description => $"snapshot {path}";

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"File not found: {path}", path);
        }

        return Task.FromResult<IReadOnlyList<FactSet>>([FactSnapshot.Load(path)]);
    }
}
