using CompatRules.Facts;
using CompatRules.Text;

namespace CompatRules.Cli.Output;

/// <summary>What collecting without privileges cost: the facts a collector was denied, and how to read them. Said
/// once in the table instead of being left for the reader to infer from many Unknown results.</summary>
internal static class PermissionNotice
{
    /// <summary>Writes the notice when a collection status of <paramref name="facts"/> is PermissionDenied; nothing
    /// otherwise.</summary>
    /// <param name="facts">The facts the node's report was evaluated from.</param>
    /// <param name="writer">The table.</param>
    public static void Write(FactSet facts, TextWriter writer)
    {
        var denied = facts.OfType<CollectionStatus>().Where(s => s.State == CollectionState.PermissionDenied).Select(s => InputEcho.Cut(s.Subject)).ToList();
        if (denied.Count == 0)
        {
            return;
        }

        var capabilities = facts.OfType<ProcessCapabilities>().FirstOrDefault();
        var lacking = capabilities is null
            ? null
            : string.Join(" and ", new[] { (Bit: ProcessCapabilities.NetAdmin, Name: "CAP_NET_ADMIN"), (Bit: ProcessCapabilities.NetRaw, Name: "CAP_NET_RAW") }
                .Where(c => !capabilities.Has(c.Bit)).Select(c => c.Name));
        var who = string.IsNullOrEmpty(lacking) ? "Collected without the permission to read" : $"Collected without {lacking} (not as root), so not read";
        writer.WriteLine(VisibleText.Terminal($"  {who}: {string.Join(", ", denied)}."));
        writer.WriteLine("  To read them, run as root (sudo compatrules check), or with CAP_NET_ADMIN and CAP_NET_RAW as samples/daemonset does.");
    }
}
