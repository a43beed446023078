namespace CompatRules.Facts;

/// <summary>How a kernel configuration option is set.</summary>
public enum KernelOptionState
{
    /// <summary>Not set, or absent from the configuration.</summary>
    No = 0,

    /// <summary>Built into the kernel (<c>=y</c>).</summary>
    BuiltIn,

    /// <summary>Built as a loadable module (<c>=m</c>).</summary>
    Module,

    /// <summary>Set to a number or string.</summary>
    Value,
}
