using System.Text;
using CompatRules.Facts;

namespace CompatRules.Collectors.Files;

/// <summary>The entries of one node directory (raw bytes, since names need not be UTF-8), or why there are none.</summary>
/// <param name="State">Collected, Absent, PermissionDenied or Error.</param>
/// <param name="Entries">The entry names, sorted by their bytes, without <c>.</c> and <c>..</c>.</param>
/// <param name="Path">The directory as asked for, host root included.</param>
/// <param name="Reason">Why not, when not collected.</param>
internal sealed record DirectoryListing(CollectionState State, IReadOnlyList<byte[]> Entries, string Path, string? Reason)
{
    /// <summary>The entry names as text (for names the kernel makes ASCII, such as module names).</summary>
    public IReadOnlyList<string> Names => Entries.Select(e => Encoding.UTF8.GetString(e)).ToList();
}
