using CompatRules.Facts;

namespace CompatRules.Settings;

/// <summary>A configuration file a flag names, as its origin found it.</summary>
/// <param name="Text">The file's text.</param>
/// <param name="Kind">Where it was read: <see cref="SourceKind.File"/> on the node, <see cref="SourceKind.Inventory"/> from a ConfigMap.</param>
/// <param name="Location">The file as read (the host path under the host root, or <c>ConfigMap/ns/name data['key']</c>).</param>
/// <param name="NamedBy">How the flag led there, for the provenance (<c>--config=/var/lib/kube-proxy/config.conf in process.args[1], mount /var/lib/kube-proxy</c>); null to say nothing.</param>
internal sealed record SettingsFile(string Text, SourceKind Kind, string Location, string? NamedBy)
{
    /// <summary>The provenance of a value in the file, <paramref name="detail"/> saying which (the line), then how the flag led here.</summary>
    public Provenance At(string detail) => new(Kind, Location, NamedBy is null ? detail : $"{detail}; {NamedBy}");
}
