using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Derived: whether VXLAN traffic through <c>vxlan.calico</c> meets the kernel's broken tx checksum offload
/// for SNATed packets, and on what evidence.</summary>
/// <param name="Exposed">True when the kernel has the bug and the offload is (or, by Calico's version, stays) on.</param>
/// <param name="Basis">The evidence, in words: the interface's offload state, or Calico's offload policy by version.</param>
public sealed record VxlanChecksumOffloadExposure(bool Exposed, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:calico-vxlan-checksum-offload";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"VXLAN checksum offload {(Exposed ? "exposed" : "safe")} ({Basis})";
}
