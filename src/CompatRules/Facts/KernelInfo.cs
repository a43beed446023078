using CompatRules.Versions;

namespace CompatRules.Facts;

/// <summary>The running kernel: its release and the machine architecture.</summary>
/// <remarks>The kernel's configuration and modules are separate facts (<see cref="KernelConfig"/>,
/// <see cref="KernelModules"/>) because each can be unknown on its own.</remarks>
/// <param name="Version">The kernel release, parsed, with its distribution build kept.</param>
/// <param name="Architecture">The machine architecture as the kernel names it (<c>x86_64</c>, <c>aarch64</c>), or null.</param>
public sealed record KernelInfo(KernelVersion Version, string? Architecture = null) : Fact
{
    /// <summary>The key of the kernel fact.</summary>
    public const string FactKey = "kernel";

    /// <summary>The kernel release exactly as the node reports it, distribution suffix included.</summary>
    public string Release => Version.Release;

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => Architecture is null ? $"kernel {Release}" : $"kernel {Release} ({Architecture})";

    /// <summary>Creates the fact from a release string such as <c>5.15.0-91-generic</c>.</summary>
    /// <param name="release">The release, as <c>uname -r</c> prints it.</param>
    /// <param name="architecture">The machine architecture, or null.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="VersionFormatException">The release does not start with <c>major.minor</c>.</exception>
    public static KernelInfo FromRelease(string release, string? architecture = null) => new(KernelVersion.Parse(release), architecture);
}
