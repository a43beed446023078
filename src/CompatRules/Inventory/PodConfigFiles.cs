using CompatRules.Json;
using CompatRules.Facts;
using CompatRules.Settings;

namespace CompatRules.Inventory;

/// <summary>Finds the ConfigMap key behind a file path inside a container: the <c>volumeMounts</c> entry whose
/// <c>mountPath</c> holds the path, its pod volume's <c>configMap</c> (with <c>items</c> key → path, or the key named
/// as the file), and the ConfigMap in the inventory. kube-proxy's <c>config.conf</c> of ConfigMap
/// <c>kube-proxy</c> in the pod's namespace is the fallback (kubeadm and k0s mount it, and some dumps drop the
/// volumes).</summary>
internal sealed class PodConfigFiles(ConfigMapIndex configMaps, ContainerContext context)
{
    public SettingsFile? Find(string path)
    {
        foreach (var (_, mount) in JsonAccess.Elements(JsonAccess.Array(context.Container, "volumeMounts")))
        {
            if (JsonAccess.String(mount, "mountPath") is not { } mountPath || JsonAccess.String(mount, "name") is not { } volumeName
                || Relative(path, mountPath, JsonAccess.String(mount, "subPath")) is not { } relative)
            {
                continue;
            }

            foreach (var (_, volume) in JsonAccess.Elements(JsonAccess.Array(context.PodSpec, "volumes")))
            {
                if (JsonAccess.String(volume, "name") == volumeName && JsonAccess.Object(volume, "configMap") is { } configMap
                    && JsonAccess.String(configMap, "name") is { } mapName && Lookup(mapName, KeyOf(configMap, relative)) is { } file)
                {
                    return file;
                }
            }
        }

        return Lookup("kube-proxy", "config.conf");
    }

    /// <summary>The path below the mount (a subPath mount puts the volume's <c>subPath</c> file at <c>mountPath</c> itself).</summary>
    private static string? Relative(string path, string mountPath, string? subPath)
    {
        var mount = mountPath.TrimEnd('/');
        if (path == mount)
        {
            return string.IsNullOrEmpty(subPath) ? null : subPath;
        }

        if (!path.StartsWith(mount + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var below = path[(mount.Length + 1)..];
        return string.IsNullOrEmpty(subPath) ? below : $"{subPath.TrimEnd('/')}/{below}";
    }

    private static string KeyOf(System.Text.Json.JsonElement configMap, string relative)
    {
        foreach (var (_, item) in JsonAccess.Elements(JsonAccess.Array(configMap, "items")))
        {
            if (JsonAccess.String(item, "path") == relative && JsonAccess.String(item, "key") is { } key)
            {
                return key;
            }
        }

        return relative;
    }

    private SettingsFile? Lookup(string mapName, string key)
        => configMaps.Find(context.Namespace, mapName, key) is { } found
            ? new SettingsFile(found.Value, SourceKind.Inventory, $"{InventoryProvenance.ObjectRef("ConfigMap", context.Namespace, mapName)} data['{key}']", null)
            : null;
}
