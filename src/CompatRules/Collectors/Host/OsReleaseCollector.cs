using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Collectors.Host;

/// <summary>Collects the operating system from <c>/etc/os-release</c>, or <c>/usr/lib/os-release</c> when that is
/// missing (never merged).</summary>
/// <remarks>It describes the file system under the host root: inside a container with the default root, that is the
/// image, not the node.</remarks>
public sealed class OsReleaseCollector : ICollector
{
    /// <summary>The collector's name: <c>os-release</c>.</summary>
    public const string CollectorName = "os-release";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [OsRelease.FactKey];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var (builder, reader) = (scope.Builder, scope.Host);
        var reasons = new List<string>();
        foreach (var path in new[] { "/etc/os-release", "/usr/lib/os-release" })
        {
            var read = reader.ReadText(path);
            if (read.State == CollectionState.Absent)
            {
                reasons.Add(read.Reason!);
                continue;
            }

            if (!read.Ok)
            {
                builder.Status(OsRelease.FactKey, read.State, read.Reason);
                return builder.Build();
            }

            var values = OsReleaseParser.Parse(read.Text!);
            if (Malformed(read.Text!, values) is { } problem)
            {
                builder.Status(OsRelease.FactKey, CollectionState.Error, $"{read.Path}: {problem}");
                return builder.Build();
            }

            builder.Add(FromValues(values) with { Provenance = Provenance.FromFile(read.Path) });
            return builder.Build();
        }

        builder.Status(OsRelease.FactKey, CollectionState.Absent, string.Join("; ", reasons));
        return builder.Build();
    }

    /// <summary>Why the file cannot be trusted (no assignment at all, or a quoted value cut off, as in a truncated
    /// file), or null. Lines the specification says to ignore are still ignored.</summary>
    internal static string? Malformed(string text, IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return "no KEY=value assignment";
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || equals <= 0 || equals + 1 >= line.Length || line[equals + 1] is not ('"' or '\''))
            {
                continue;
            }

            var quote = line[equals + 1];
            var value = line[(equals + 2)..];
            var closed = quote == '\'' ? value.Contains('\'') : value.Replace("\\\\", string.Empty, StringComparison.Ordinal).Replace("\\\"", string.Empty, StringComparison.Ordinal).Contains('"');
            if (!closed)
            {
                return $"line {i + 1} has an unterminated quote (a truncated file?)";
            }
        }

        return null;
    }

    internal static OsRelease FromValues(IReadOnlyDictionary<string, string> values)
    {
        var id = values.TryGetValue("ID", out var rawId) && rawId.Length > 0 ? rawId.ToLowerInvariant() : "linux";
        var idLike = values.TryGetValue("ID_LIKE", out var like)
            ? like.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToImmutableArray()
            : ImmutableArray<string>.Empty;
        var prettyName = values.TryGetValue("PRETTY_NAME", out var pretty) ? pretty : "Linux";
        return new OsRelease(id, values.GetValueOrDefault("VERSION_ID"), prettyName, idLike);
    }
}
