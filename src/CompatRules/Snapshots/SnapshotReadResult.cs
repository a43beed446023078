using CompatRules.Facts;

namespace CompatRules.Snapshots;

/// <summary>A snapshot read into facts, with the warnings about what was read past.</summary>
/// <param name="Facts">The facts and subject the snapshot holds.</param>
/// <param name="Warnings">Unknown properties and fact kinds that were ignored, in document order; empty when none.</param>
public sealed record SnapshotReadResult(FactSet Facts, IReadOnlyList<SnapshotWarning> Warnings);
