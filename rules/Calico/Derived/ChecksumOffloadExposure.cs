using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derived: whether traffic through one of Calico's tunnels meets the kernel's broken tx checksum offload
/// for SNATed packets, and on what evidence. Each tunnel has its own sealed type, so each rule waits for its own.</summary>
/// <param name="Exposed">True when the kernel has the bug and the offload is (or, by Calico's version, stays) on.</param>
/// <param name="Basis">The evidence, in words: the interface's offload state, or Calico's offload policy by version.</param>
public abstract record ChecksumOffloadExposure(bool Exposed, string Basis) : Fact
{
    /// <summary>The tunnel, such as <c>VXLAN</c>.</summary>
    protected abstract string Tunnel { get; }

    /// <inheritdoc />
    public override string Describe() => $"{Tunnel} checksum offload {(Exposed ? "exposed" : "safe")} ({Basis})";
}
