namespace CompatRules.Facts;

/// <summary>Which iptables backend the node's Kubernetes components use.</summary>
public enum IptablesBackend
{
    /// <summary>Could not be decided; the evidence says why.</summary>
    Unknown = 0,

    /// <summary>The legacy x_tables backend (<c>iptables-legacy</c>).</summary>
    Legacy,

    /// <summary>The nf_tables backend (<c>iptables-nft</c>).</summary>
    Nft,
}
