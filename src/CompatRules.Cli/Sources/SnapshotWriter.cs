using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Cli.Sources;

/// <summary>Turns a fact set into the snapshot text that <c>compatrules collect</c> writes.</summary>
internal static class SnapshotWriter
{
    public static string Serialize(FactSet facts) => FactSnapshot.Serialize(facts);
}
