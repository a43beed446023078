using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Reads a facts snapshot written by <c>compatrules collect</c>.</summary>
/// <remarks>Adapter over CompatRules.Snapshots: once it lands, <see cref="LoadAsync"/> loads the file with it.</remarks>
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

        throw new NotSupportedException("Facts snapshots (CompatRules.Snapshots) are not available in this build.");
    }
}
