using CompatRules.Cli.Sources;
using CompatRules.Facts;

namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>A fact source over fact sets built in code, or one that fails with a given exception.</summary>
public sealed class InMemorySource(string description, IReadOnlyList<FactSet> facts, Exception? failure = null, IReadOnlyList<string>? warnings = null, string? inputFile = null) : IFactSource
{
    public string Description => description;

    public IReadOnlyList<string> Warnings => warnings ?? [];

    public string? InputFile => inputFile;

    public Task<IReadOnlyList<FactSet>> LoadAsync(CancellationToken cancellationToken)
        => failure is null ? Task.FromResult(facts) : Task.FromException<IReadOnlyList<FactSet>>(failure);
}
