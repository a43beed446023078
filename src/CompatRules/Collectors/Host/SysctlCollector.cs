using CompatRules.Facts;

namespace CompatRules.Collectors.Host;

/// <summary>Collects the sysctls in <see cref="CollectorOptions.Sysctls"/> from <c>/proc/sys</c>.</summary>
/// <remarks>A missing file gives <c>Sysctl(name, null)</c>: the owning feature or module is absent. <c>net.*</c>
/// values belong to the network namespace of the process that reads them. Names are dotted only; a name with
/// <c>/</c> or <c>..</c> is refused when the <see cref="CollectorContext"/> is made.</remarks>
public sealed class SysctlCollector : ICollector
{
    /// <summary>The collector's name: <c>sysctl</c>.</summary>
    public const string CollectorName = "sysctl";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [Sysctl.KeyPrefix + "*"];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var (context, builder, reader) = (scope.Context, scope.Builder, scope.Host);
        foreach (var name in context.Options.Sysctls)
        {
            ct.ThrowIfCancellationRequested();
            var read = reader.ReadText(PathOf(name));
            var key = Sysctl.KeyFor(name);
            switch (read.State)
            {
                case CollectionState.Collected when !IsSysctlValue(read.Text!):
                    builder.Status(key, CollectionState.Error, $"{read.Path} does not hold a sysctl value (empty, or control characters)");
                    break;
                case CollectionState.Collected:
                    builder.Add(new Sysctl(name, read.Text!.Trim()) { Provenance = Provenance.FromFile(read.Path) });
                    break;
                case CollectionState.Absent:
                    builder.AddFactOnly(new Sysctl(name, null) { Provenance = Provenance.FromFile(read.Path, "ENOENT") });
                    builder.Status(key, CollectionState.Absent, read.Reason);
                    break;
                default:
                    builder.Status(key, read.State, read.Reason);
                    break;
            }
        }

        return builder.Build();
    }

    /// <summary>True for what the kernel prints for a sysctl: non-empty text without control characters other than
    /// tabs and the final newline.</summary>
    internal static bool IsSysctlValue(string text)
        => text.Trim().Length > 0 && text.TrimEnd('\n').All(c => c == '\t' || !char.IsControl(c));

    /// <summary>The <c>/proc/sys</c> path of a dotted sysctl name (<c>net.ipv4.ip_forward</c>).</summary>
    internal static string PathOf(string name) => "/proc/sys/" + name.Replace('.', '/');

    /// <summary>Why <paramref name="name"/> is not a sysctl name this collector reads, or null. A name is dotted
    /// components of letters, digits, <c>_</c> and <c>-</c>: no <c>/</c> (so no path), no empty component (so no
    /// <c>..</c>), no leading or trailing dot.</summary>
    internal static string? Invalid(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || name.StartsWith('.') || name.EndsWith('.'))
        {
            return "it contains '/' or '..' or starts or ends with '.' (a path, not a dotted sysctl name)";
        }

        return name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-') ? null : "it has a character other than letters, digits, '.', '_' and '-'";
    }
}
