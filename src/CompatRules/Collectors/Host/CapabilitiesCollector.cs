using CompatRules.Collectors.Files;
using CompatRules.Facts;

namespace CompatRules.Collectors.Host;

/// <summary>Collects the effective capabilities (<c>CapEff</c>) of this process from <c>/proc/self/status</c>.</summary>
/// <remarks>They are relative to the process's user namespace, and seccomp or an LSM may still refuse single
/// calls: the socket probes are the real answer.</remarks>
public sealed class CapabilitiesCollector : ICollector
{
    /// <summary>The collector's name: <c>capabilities</c>.</summary>
    public const string CollectorName = "capabilities";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [ProcessCapabilities.FactKey];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var builder = scope.Builder;
        var read = scope.Host.ReadText("/proc/self/status");
        if (!read.Ok)
        {
            builder.Status(ProcessCapabilities.FactKey, read.State, read.Reason);
            return builder.Build();
        }

        try
        {
            var mask = ProcStatusParser.CapabilityMask(read.Text!, read.Path);
            if (mask is null)
            {
                builder.Status(ProcessCapabilities.FactKey, CollectionState.Error, $"{read.Path} has no CapEff line");
            }
            else
            {
                builder.Add(new ProcessCapabilities(mask.Value) { Provenance = Provenance.FromFile(read.Path, $"CapEff {mask.Value:x16}") });
            }
        }
        catch (CollectorParseException e)
        {
            builder.Status(ProcessCapabilities.FactKey, CollectionState.Error, e.Message);
        }

        return builder.Build();
    }
}
