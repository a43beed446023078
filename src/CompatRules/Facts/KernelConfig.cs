using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>The kernel build configuration (<c>CONFIG_*</c> options) and the file it was read from.</summary>
/// <remarks>An option absent from a found configuration does not exist in that kernel and counts as
/// <see cref="KernelOptionState.No"/>; a node with no readable configuration has no <see cref="KernelConfig"/> fact.</remarks>
/// <param name="Options">Option name (with the <c>CONFIG_</c> prefix) to value (<c>y</c>, <c>m</c>, a number or a string).</param>
public sealed record KernelConfig(ImmutableDictionary<string, string> Options) : Fact
{
    /// <summary>The key of the kernel configuration fact.</summary>
    public const string FactKey = "kernel-config";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"kernel config ({Options.Count} options)";

    /// <summary>How an option is set: built in, a module, or not at all.</summary>
    /// <param name="option">The option, with or without the <c>CONFIG_</c> prefix.</param>
    /// <returns>The option's state.</returns>
    public KernelOptionState State(string option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var name = option.StartsWith("CONFIG_", StringComparison.Ordinal) ? option : "CONFIG_" + option;
        return Options.TryGetValue(name, out var value) ? value switch
        {
            "y" => KernelOptionState.BuiltIn,
            "m" => KernelOptionState.Module,
            "n" => KernelOptionState.No,
            _ => KernelOptionState.Value,
        } : KernelOptionState.No;
    }
}
