namespace CompatRules.Facts;

/// <summary>How a kernel module is known to be present. Flags combine: a module can be loaded and listed in
/// <c>/sys/module</c>.</summary>
[Flags]
public enum ModuleEvidence
{
    /// <summary>Not known to be present.</summary>
    None = 0,

    /// <summary>Listed in <c>/proc/modules</c>: loaded right now.</summary>
    Loaded = 1,

    /// <summary>Listed in <c>modules.builtin</c>: compiled into the kernel.</summary>
    BuiltIn = 2,

    /// <summary>Present under <c>/sys/module</c>: loaded, or built in with parameters.</summary>
    SysModule = 4,

    /// <summary>Its <c>CONFIG_*</c> option is <c>y</c>.</summary>
    ConfigBuiltIn = 8,
}
