using System.Text.Json;
using CompatRules.Collectors.Files;

namespace CompatRules.Collectors.Containers;

/// <summary>Reads the parts of an OCI runtime <c>config.json</c> that name a Kubernetes container: the CRI
/// annotations (<c>io.kubernetes.cri.*</c>, written by containerd's CRI plugin) and <c>process.env</c>.</summary>
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
            return new ContainerConfig(
                String(annotations, "io.kubernetes.cri.container-type"),
                String(annotations, "io.kubernetes.cri.container-name"),
                String(annotations, "io.kubernetes.cri.image-name"),
                String(annotations, "io.kubernetes.cri.sandbox-namespace"),
                String(annotations, "io.kubernetes.cri.sandbox-name"),
                Environment(Object(root, "process")));
        }
    }

    private static JsonElement? Object(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement? parent, string name)
        => parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
