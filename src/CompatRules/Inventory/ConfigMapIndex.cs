using CompatRules.Json;
using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>The <c>data</c> of every ConfigMap in the inventory, by namespace and name.</summary>
internal sealed class ConfigMapIndex
{
    private readonly Dictionary<string, (JsonElement Data, string Path)> _data = new(StringComparer.Ordinal);

    public void Add(string? ns, string name, JsonElement data, string dataPath) => _data.TryAdd(Key(ns, name), (data, dataPath));

    /// <summary>The value of <paramref name="key"/> in ConfigMap <paramref name="ns"/>/<paramref name="name"/>, with its path.</summary>
    public (string Value, string Path)? Find(string? ns, string name, string key)
        => _data.TryGetValue(Key(ns, name), out var entry) && JsonAccess.String(entry.Data, key) is { } value
            ? (value, JsonPath.Property(entry.Path, key))
            : null;

    private static string Key(string? ns, string name) => $"{ns}/{name}";
}
