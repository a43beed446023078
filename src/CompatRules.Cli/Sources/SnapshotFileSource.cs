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

    public string? InputFile => path;

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new IOException($"{path} is a directory; expected a facts snapshot file written by 'compatrules collect'");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"File not found: {path}", path);
        }

        try
        {
            var result = FactSnapshot.LoadWithWarnings(path);
            _warnings = [.. result.Warnings.Select(w => InputLocation.Format(path, w.LineNumber, w.JsonPath, Problem(w)))];
            return Task.FromResult<IReadOnlyList<FactSet>>([result.Facts]);
        }
        catch (SnapshotFormatException e)
        {
            // An empty file has exactly one line, so name it even though the reader gives no position.
            var line = e.LineNumber ?? (new FileInfo(path).Length == 0 ? 1 : null);
            throw new CliException(InputLocation.Format(path, line, e.JsonPath, e.Problem), e);
        }
    }

    /// <summary>The warning's text without the place the reader already put in front of it
    /// (<c>file(14,17): facts[0].colour: </c>), so that the CLI can print the place its own way.</summary>
    private static string Problem(SnapshotWarning warning)
    {
        var path = InputLocation.Normalize(warning.JsonPath);
        var marker = (path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path[1..]) + ": ";
        var at = path == "$" ? -1 : warning.Message.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? warning.Message : warning.Message[(at + marker.Length)..];
    }
}
