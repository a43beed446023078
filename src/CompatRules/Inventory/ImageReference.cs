namespace CompatRules.Inventory;

/// <summary>A container image reference split as distribution/reference does it: registry, repository path, tag,
/// digest.</summary>
/// <remarks>The first path part is a registry only when it contains <c>.</c> or <c>:</c>, is <c>localhost</c> or has
/// upper case; otherwise <c>docker.io</c> is implied and a single name gets <c>library/</c>. Components are matched
/// on the repository path, never on the registry, so mirrors match too.</remarks>
internal sealed record ImageReference(string Original, string Registry, string Repository, string? Tag, string? Digest)
{
    /// <summary>The last path component, such as <c>node</c> in <c>calico/node</c>.</summary>
    public string Name => Repository[(Repository.LastIndexOf('/') + 1)..];

    public static ImageReference? Parse(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var text = reference.Trim();
        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        var registry = "docker.io";
        var slash = text.IndexOf('/');
        if (slash > 0)
        {
            var first = text[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost" || first.Any(char.IsUpper))
            {
                registry = first == "index.docker.io" ? "docker.io" : first;
                text = text[(slash + 1)..];
            }
        }

        if (registry == "docker.io" && !text.Contains('/'))
        {
            text = "library/" + text;
        }

        return text.Length == 0 ? null : new ImageReference(reference, registry, text.ToLowerInvariant(), string.IsNullOrEmpty(tag) ? null : tag, string.IsNullOrEmpty(digest) ? null : digest);
    }

    /// <summary>True when the repository path ends with <paramref name="suffix"/> on a component boundary:
    /// <c>registry.example.com:5000/calico/node</c> ends with <c>calico/node</c>.</summary>
    public bool EndsWithPath(string suffix)
        => Repository.EndsWith(suffix, StringComparison.Ordinal)
           && (Repository.Length == suffix.Length || Repository[Repository.Length - suffix.Length - 1] == '/');
}
