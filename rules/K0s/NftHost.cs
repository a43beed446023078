using CompatRules.Facts;

namespace CompatRules.BuiltIn.K0s;

/// <summary>Derived: whether the host's iptables uses the nftables backend (so a legacy-only iptables in a container
/// cannot work with it), and on what evidence.</summary>
/// <param name="IsNft">True when the host is nft-based.</param>
/// <param name="Basis">The evidence, in words: the detected backend, or the OS family as a fallback.</param>
public sealed record NftHost(bool IsNft, string Basis) : Fact
{
    /// <summary>The key of this derived fact.</summary>
    public const string FactKey = "derived:nft-host";

    /// <inheritdoc />
    public override string Key => FactKey;

    /// <inheritdoc />
    public override string Describe() => $"host iptables backend {(IsNft ? "is" : "is not")} nftables ({Basis})";
}
