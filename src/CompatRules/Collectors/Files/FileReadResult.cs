using CompatRules.Facts;

namespace CompatRules.Collectors.Files;

/// <summary>The outcome of reading one node file: its text, or why there is none.</summary>
/// <param name="Path">The path opened, host root included.</param>
/// <param name="State">Collected, Absent, PermissionDenied or Error.</param>
/// <param name="Text">The content when collected.</param>
/// <param name="Reason">Why not, when not collected.</param>
internal sealed record FileReadResult(string Path, CollectionState State, string? Text, string? Reason)
{
    public bool Ok => State == CollectionState.Collected;
}
