using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>A source whose fact sets are about the node named by the user (<c>--node-name</c>, or <c>NODE_NAME</c>,
/// which a DaemonSet sets from <c>spec.nodeName</c>) rather than the name the collection found (the host name, which
/// need not be the Kubernetes node's name).</summary>
/// <param name="inner">The source read.</param>
/// <param name="nodeName">The node name; null keeps the subjects <paramref name="inner"/> gives.</param>
internal sealed class NodeNamedSource(IFactSource inner, string? nodeName) : IFactSource
{
    public string Description => inner.Description;

    public string? InputFile => inner.InputFile;

    public IReadOnlyList<string> Warnings => inner.Warnings;

    public async Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
    {
        var facts = await inner.LoadAsync(cancellationToken).ConfigureAwait(false);
        return nodeName is null ? facts : [.. facts.Select(f => f.WithSubject(nodeName))];
    }
}
