namespace CompatRules.Collectors.Containers;

/// <summary>Maps a path inside a container to the node path that holds it: the bind mount with the longest
/// destination that contains the path (its source plus the rest), else the container's root file system.</summary>
internal static class ContainerPaths
{
    /// <summary>The node path of <paramref name="path"/> and how it was found, or null with the reason.</summary>
    /// <param name="container">The container's config.</param>
    /// <param name="bundle">The node directory of its <c>config.json</c> (a relative <c>root.path</c> is under it).</param>
    /// <param name="path">The path as the container's process sees it; a relative one is under <c>process.cwd</c>.</param>
    public static (string? NodePath, string How) Resolve(ContainerConfig container, string bundle, string path)
    {
        var absolute = path.StartsWith('/') ? path : $"{(container.WorkingDirectory ?? "/").TrimEnd('/')}/{path}";
        if (absolute.Split('/').Contains(".."))
        {
            return (null, $"'{path}' has a '..' component; not followed");
        }

        ContainerMount? best = null;
        foreach (var mount in container.Mounts)
        {
            var destination = mount.Destination.TrimEnd('/');
            if ((absolute == destination || absolute.StartsWith(destination + "/", StringComparison.Ordinal) || destination.Length == 0)
                && (best is null || destination.Length > best.Destination.TrimEnd('/').Length))
            {
                best = mount;
            }
        }

        if (best is not null)
        {
            var rest = absolute[best.Destination.TrimEnd('/').Length..];
            return best.IsBind
                ? (best.Source.TrimEnd('/') + rest, $"mount {best.Destination} from {best.Source}")
                : (null, $"'{path}' is on the container's {best.Type ?? "unnamed"} mount {best.Destination}, which has no node path; not read");
        }

        if (string.IsNullOrEmpty(container.RootPath))
        {
            return (null, $"'{path}' is on no mount and the config has no root.path");
        }

        var root = container.RootPath.StartsWith('/') ? container.RootPath : $"{bundle}/{container.RootPath}";
        return (root.TrimEnd('/') + absolute, $"the container's root file system {root}");
    }
}
