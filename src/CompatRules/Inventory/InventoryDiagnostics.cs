using CompatRules.Json;

namespace CompatRules.Inventory;

/// <summary>Collects warnings while reading, once per distinct key, and gives them lines at the end.</summary>
internal sealed class InventoryDiagnostics
{
    private readonly List<(string Path, string Message)> _warnings = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public void Warn(string jsonPath, string message) => _warnings.Add((jsonPath, message));

    /// <summary>Warns only the first time <paramref name="key"/> is seen, so a problem shared by a DaemonSet's
    /// thousands of pods is reported once.</summary>
    public void WarnOnce(string key, string jsonPath, string message)
    {
        if (IsFirst(key))
        {
            Warn(jsonPath, message);
        }
    }

    /// <summary>True the first time <paramref name="key"/> is asked about, so a caller can skip building a message.</summary>
    public bool IsFirst(string key) => _seen.Add(key);

    public IReadOnlyList<InventoryWarning> Finish(JsonLineLocator? locator)
        => _warnings.Select(w => new InventoryWarning(w.Path, locator?.LineOf(w.Path), w.Message))
            .OrderBy(w => w.LineNumber ?? long.MaxValue)
            .ToArray();
}
