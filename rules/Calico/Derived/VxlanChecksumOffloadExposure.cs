namespace CompatRules.BuiltIn.Calico;

/// <summary>Derived: whether VXLAN traffic through <c>vxlan.calico</c> meets the kernel's broken tx checksum offload.</summary>
/// <param name="Exposed">True when the kernel has the bug and the offload is (or, by Calico's version, stays) on.</param>
/// <param name="Basis">The evidence, in words.</param>
public sealed record VxlanChecksumOffloadExposure(bool Exposed, string Basis) : ChecksumOffloadExposure(Exposed, Basis)
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:calico-vxlan-checksum-offload";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    protected override string Tunnel => "VXLAN";
}
