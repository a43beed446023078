namespace CompatRules.Collectors.Kernel;

/// <summary>Module names as the kernel spells them in <c>/proc/modules</c>: underscores, not hyphens.</summary>
internal static class ModuleName
{
    public static string Normalize(string name) => name.Replace('-', '_');
}
