namespace CompatRules.BuiltIn.Calico;

/// <summary>Derived: whether IPIP traffic through <c>tunl0</c> meets the kernel's broken tx checksum offload.</summary>
/// <param name="Exposed">True when the kernel has the bug and the offload is (or, by Calico's version, stays) on.</param>
/// <param name="Basis">The evidence, in words.</param>
public sealed record IpipChecksumOffloadExposure(bool Exposed, string Basis) : ChecksumOffloadExposure(Exposed, Basis)
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:calico-ipip-checksum-offload";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    protected override string Tunnel => "IPIP";
}
