namespace CompatRules.Fuzz.Targets;

using CompatRules.Fuzz.Harness;

/// <summary>Every fuzz target by name.</summary>
internal static class FuzzTargets
{
    private static readonly Lazy<IReadOnlyDictionary<string, FuzzTarget>> ByName = new(() =>
        VersionTargets.All().Concat(HostFileTargets.All()).Concat(NetlinkTargets.All()).Concat(IptablesTargets.All()).Concat(JsonTargets.All()).Concat(SettingsTargets.All()).Concat(PackageTargets.All()).ToDictionary(t => t.Name, StringComparer.Ordinal));

    public static FuzzTarget Get(string name) => ByName.Value[name];

    /// <summary>Every target, by name.</summary>
    public static IEnumerable<FuzzTarget> All => ByName.Value.Values.OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The target named <paramref name="name"/>, or null.</summary>
    public static FuzzTarget? Find(string name) => ByName.Value.GetValueOrDefault(name);
}
