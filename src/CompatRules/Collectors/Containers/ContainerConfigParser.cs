using System.Text.Json;
using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Containers;

/// <summary>Reads the parts of an OCI runtime <c>config.json</c> that name a Kubernetes container: the CRI
/// annotations (<c>io.kubernetes.cri.*</c>, written by containerd's CRI plugin, else CRI-O's
/// <c>io.kubernetes.cri-o.ContainerType</c>, <c>io.kubernetes.container.name</c>, <c>io.kubernetes.cri-o.ImageName</c>
/// (the image as the kubelet asked for it; <c>io.kubernetes.cri-o.Image</c> when absent), <c>io.kubernetes.pod.namespace</c>
/// and <c>io.kubernetes.pod.name</c>), <c>process.env</c>,
/// <c>process.args</c>, <c>process.cwd</c>, <c>mounts</c> and <c>root.path</c>. Entries of the wrong JSON kind are skipped.</summary>
internal static class ContainerConfigParser
{
    private const int MaxDepth = 64;

    /// <summary>Parses <paramref name="json"/>, read from <paramref name="path"/>.</summary>
    /// <exception cref="CollectorParseException">The text is not a JSON object (with the line of the problem).</exception>
    public static ContainerConfig Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth });
        }
        catch (JsonException e)
        {
            throw new CollectorParseException(path, (int)Math.Min(int.MaxValue, (e.LineNumber ?? 0) + 1), "not a container config: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new CollectorParseException(path, 1, "not a container config: expected a JSON object");
            }

            var annotations = Object(root, "annotations");
            var process = Object(root, "process");
            return new ContainerConfig(
                String(annotations, "io.kubernetes.cri.container-type") ?? String(annotations, "io.kubernetes.cri-o.ContainerType"),
                String(annotations, "io.kubernetes.cri.container-name") ?? String(annotations, "io.kubernetes.container.name"),
                String(annotations, "io.kubernetes.cri.image-name") ?? String(annotations, "io.kubernetes.cri-o.ImageName") ?? String(annotations, "io.kubernetes.cri-o.Image"),
                String(annotations, "io.kubernetes.cri.sandbox-namespace") ?? String(annotations, "io.kubernetes.pod.namespace"),
                String(annotations, "io.kubernetes.cri.sandbox-name") ?? String(annotations, "io.kubernetes.pod.name"),
                Environment(process))
            {
                Arguments = Strings(process, "args"),
                WorkingDirectory = String(process, "cwd"),
                Mounts = Mounts(root),
                RootPath = String(Object(root, "root"), "path"),
            };
        }
    }

    private static JsonElement? Object(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement? parent, string name)
        => parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement? parent, string name)
    {
        var strings = new List<string>();
        if (parent is { } p && p.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            strings.AddRange(array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }

        return strings;
    }

    private static List<ContainerMount> Mounts(JsonElement root)
    {
        var mounts = new List<ContainerMount>();
        if (!root.TryGetProperty("mounts", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return mounts;
        }

        foreach (var mount in array.EnumerateArray())
        {
            if (mount.ValueKind == JsonValueKind.Object && String(mount, "destination") is { Length: > 0 } destination && String(mount, "source") is { Length: > 0 } source)
            {
                mounts.Add(new ContainerMount(destination, source, String(mount, "type"), Strings(mount, "options")));
            }
        }

        return mounts;
    }

    private static List<KeyValuePair<string, string>> Environment(JsonElement? process)
    {
        var environment = new List<KeyValuePair<string, string>>();
        if (process is not { } p || !p.TryGetProperty("env", out var env) || env.ValueKind != JsonValueKind.Array)
        {
            return environment;
        }

        foreach (var entry in env.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.String || entry.GetString() is not { } text)
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                environment.Add(new(text[..equals], text[(equals + 1)..]));
            }
        }

        return environment;
    }
}
