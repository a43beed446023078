using CompatRules.Versions;

namespace CompatRules.BuiltIn.Cilium;

/// <summary>A Cilium release line's minimum kernel: an upstream version, or a RHEL 8 kernel build (the RHEL minor's
/// first 4.18.0 build).</summary>
internal sealed class CiliumKernelMinimum
{
    private static readonly SoftwareVersion First116 = SoftwareVersion.Parse("1.16.0");
    private static readonly SoftwareVersion First118 = SoftwareVersion.Parse("1.18.0");

    private static readonly CiliumKernelMinimum Before116 = new(new KernelVersion(4, 19, 57), KernelVersion.Parse("4.18.0"), "kernel 4.19.57 or later, or a RHEL 8 kernel");
    private static readonly CiliumKernelMinimum From116 = new(new KernelVersion(5, 4), KernelVersion.Parse("4.18.0-372"), "kernel 5.4 or later, or RHEL 8.6 (4.18.0-372.el8) or later");
    private static readonly CiliumKernelMinimum From118 = new(new KernelVersion(5, 10), KernelVersion.Parse("4.18.0-553"), "kernel 5.10 or later, or RHEL 8.10 (4.18.0-553.el8) or later");

    private readonly KernelVersion _upstream;
    private readonly KernelVersion _redHat;
    private readonly string _text;

    private CiliumKernelMinimum(KernelVersion upstream, KernelVersion redHat, string text)
    {
        _upstream = upstream;
        _redHat = redHat;
        _text = text;
    }

    /// <summary>The minimum of the release line <paramref name="cilium"/> belongs to (1.13–1.15, 1.16–1.17, 1.18+).</summary>
    /// <param name="cilium">The Cilium version.</param>
    /// <returns>The minimum.</returns>
    public static CiliumKernelMinimum For(SoftwareVersion cilium)
        => cilium >= First118 ? From118 : cilium >= First116 ? From116 : Before116;

    /// <summary>True when <paramref name="kernel"/> meets the minimum.</summary>
    /// <param name="kernel">The kernel.</param>
    /// <returns>Whether the kernel is new enough.</returns>
    public bool Accepts(KernelVersion kernel)
        => kernel.Upstream >= _upstream
           || (kernel.Upstream == _redHat.Upstream && kernel.Build is { } build && build.Contains(".el8", StringComparison.Ordinal) && kernel >= _redHat);

    /// <summary>The minimum in words.</summary>
    /// <returns>The text.</returns>
    public string Describe() => _text;
}
