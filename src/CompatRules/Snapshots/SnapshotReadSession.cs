using CompatRules.Json;

namespace CompatRules.Snapshots;

/// <summary>One read of one document: turns a path and a problem into an exception or warning with its position.</summary>
internal sealed class SnapshotReadSession(string? sourceName, JsonPositionIndex positions, FactSnapshotOptions options)
{
    private readonly List<SnapshotWarning> _warnings = [];

    public IReadOnlyList<SnapshotWarning> Warnings => _warnings;

    public SnapshotFormatException Error(string path, string problem, Exception? inner = null)
    {
        var position = positions.Find(path);
        return new SnapshotFormatException(sourceName, path, position?.Line, position?.Column, problem, inner);
    }

    public void Warn(SnapshotWarningKind kind, string path, string problem)
    {
        if (options.Strict)
        {
            throw Error(path, problem + " (not allowed when reading strictly)");
        }

        var position = positions.Find(path);
        var message = SnapshotFormatException.Compose(sourceName, path, position?.Line, position?.Column, problem);
        _warnings.Add(new SnapshotWarning(kind, path, position?.Line, position?.Column, message));
    }

    public void WarnUnknownProperties(string objectPath, IEnumerable<string>? names)
    {
        foreach (var name in names ?? [])
        {
            Warn(SnapshotWarningKind.UnknownProperty, JsonPath.Property(objectPath, name), $"unknown property '{name}'; its value was ignored");
        }
    }
}
