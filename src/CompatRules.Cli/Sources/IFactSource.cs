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

    /// <summary>What the last <see cref="LoadAsync"/> read past rather than rejected, one line each, such as
    /// <c>inventory.json:12: JSON path $.items[4].spec: the item has no kind; skipped</c>. Empty by default.</summary>
    IReadOnlyList<string> Warnings => [];
}
