using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Where the CLI gets the fact sets it evaluates: this machine, a snapshot file or a cluster inventory.</summary>
public interface IFactSource
{
    /// <summary>What the source reads, for error messages, such as <c>snapshot facts.json</c>.</summary>
    string Description { get; }

    /// <summary>The file the facts are read from as given on the command line, or null for this machine and for
    /// standard input; SARIF results point at it. Null by default.</summary>
    string? InputFile => null;

    /// <summary>Reads the facts.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One fact set per node (exactly one for local collection and snapshots).</returns>
    Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Reads the facts to be enumerated once, node by node: a source that can (a cluster inventory) builds
    /// each fact set only when the enumeration reaches it, so that a large cluster is never held whole; the count is
    /// known before. <see cref="Warnings"/> is complete once the enumeration has ended. When the result is
    /// <see cref="IDisposable"/>, the caller disposes it after. By default the sets of <see cref="LoadAsync"/>.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The fact sets, one per node.</returns>
    async Task<IReadOnlyCollection<FactSet>> OpenAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>What the last <see cref="LoadAsync"/> (or <see cref="OpenAsync"/>) read past rather than rejected, one line each, such as
    /// <c>inventory.json:12: JSON path $.items[4].spec: the item has no kind; skipped</c>. Empty by default.</summary>
    IReadOnlyList<string> Warnings => [];
}
