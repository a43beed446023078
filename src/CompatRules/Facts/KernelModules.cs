using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>The kernel modules known to be present on the node, each with how it is known.</summary>
/// <remarks>A module can be autoloaded on first use (<c>nf_tables</c>), so absence here is not proof that the kernel
/// lacks it; it is proof that it is not loaded when <see cref="ModuleEvidence.Loaded"/> was collected.</remarks>
/// <param name="Modules">Module name (underscores, as the kernel spells them) to evidence.</param>
public sealed record KernelModules(ImmutableDictionary<string, ModuleEvidence> Modules) : Fact
{
    /// <summary>The key of the kernel modules fact.</summary>
    public const string FactKey = "kernel-modules";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"kernel modules ({Modules.Count} known)";

    /// <summary>True when <paramref name="name"/> is loaded right now (listed in <c>/proc/modules</c>).</summary>
    /// <param name="name">The module name, such as <c>ip_tables</c>; hyphens are read as underscores.</param>
    /// <returns>Whether the module is loaded.</returns>
    public bool IsLoaded(string name) => (Evidence(name) & ModuleEvidence.Loaded) != 0;

    /// <summary>True when <paramref name="name"/> is present in any way (loaded or built in).</summary>
    /// <param name="name">The module name; hyphens are read as underscores.</param>
    /// <returns>Whether the module is present.</returns>
    public bool IsPresent(string name) => Evidence(name) != ModuleEvidence.None;

    /// <summary>How <paramref name="name"/> is known to be present, <see cref="ModuleEvidence.None"/> when it is not.</summary>
    /// <param name="name">The module name; hyphens are read as underscores.</param>
    /// <returns>The evidence flags.</returns>
    public ModuleEvidence Evidence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Modules.TryGetValue(name.Replace('-', '_'), out var evidence) ? evidence : ModuleEvidence.None;
    }
}
