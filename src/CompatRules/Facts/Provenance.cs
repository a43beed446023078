namespace CompatRules.Facts;

/// <summary>Where a fact came from, so that a finding can show its evidence.</summary>
/// <param name="Kind">The kind of source.</param>
/// <param name="Location">The file path, system call, netlink message, probe, object path or rule id.</param>
/// <param name="Detail">Anything else worth showing, such as the line the value was on; may be null.</param>
public sealed record Provenance(SourceKind Kind, string Location, string? Detail = null)
{
    /// <summary>A fact whose builder did not say where it came from.</summary>
    public static Provenance Unspecified { get; } = new(SourceKind.Unspecified, string.Empty);

    /// <summary>A value read from <paramref name="path"/>.</summary>
    /// <param name="path">The file, as read (host-root prefix included).</param>
    /// <param name="detail">An optional note, such as the line.</param>
    /// <returns>The provenance.</returns>
    public static Provenance FromFile(string path, string? detail = null) => new(SourceKind.File, path, detail);

    /// <summary>A value given by a person.</summary>
    /// <param name="detail">How it was given, such as <c>--assume calico=3.28.1</c>.</param>
    /// <returns>The provenance.</returns>
    public static Provenance FromUser(string detail) => new(SourceKind.User, "user", detail);

    /// <summary>The provenance as one line, such as <c>file /proc/modules</c>; a location that only repeats the kind
    /// (<see cref="FromUser"/>'s) is not repeated: <c>user: --assume calico=3.28.1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var kind = Kind.ToString().ToLowerInvariant();
        return Kind == SourceKind.Unspecified ? "unspecified"
            : Location == kind && Detail is not null ? $"{kind}: {Detail}"
            : $"{kind} {Location}{(Detail is null ? string.Empty : $" ({Detail})")}";
    }
}
