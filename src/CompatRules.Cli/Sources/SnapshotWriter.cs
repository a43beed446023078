using CompatRules.Facts;

namespace CompatRules.Cli.Sources;

/// <summary>Turns a fact set into the snapshot text that <c>compatrules collect</c> writes.</summary>
/// <remarks>Adapter over CompatRules.Snapshots: once it lands, <see cref="Serialize"/> calls its JSON writer.</remarks>
internal static class SnapshotWriter
{
    public static string Serialize(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        throw new NotSupportedException("Facts snapshots (CompatRules.Snapshots) are not available in this build.");
    }
}
