namespace CompatRules.Collectors.Containers;

/// <summary>One entry of an OCI config's <c>mounts</c>.</summary>
/// <param name="Destination">The path inside the container.</param>
/// <param name="Source">The host path (for a bind mount) or the file system's name (<c>proc</c>, <c>tmpfs</c>).</param>
/// <param name="Type">The mount type, such as <c>bind</c>; may be null.</param>
/// <param name="Options">The mount options, such as <c>rbind</c>, <c>ro</c>.</param>
internal sealed record ContainerMount(string Destination, string Source, string? Type, IReadOnlyList<string> Options)
{
    /// <summary>True for a bind mount, whose source is a host path.</summary>
    public bool IsBind => Type == "bind" || Options.Contains("bind") || Options.Contains("rbind");
}
