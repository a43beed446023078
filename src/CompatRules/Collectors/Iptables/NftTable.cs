namespace CompatRules.Collectors.Iptables;

/// <summary>An nf_tables table from a <c>NFT_MSG_GETTABLE</c> dump.</summary>
internal sealed record NftTable(byte Family, string Name);
