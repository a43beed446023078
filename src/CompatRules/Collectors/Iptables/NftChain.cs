namespace CompatRules.Collectors.Iptables;

/// <summary>An nf_tables chain from a <c>NFT_MSG_GETCHAIN</c> dump.</summary>
/// <param name="Family">The nfproto family: 2 <c>ip</c>, 10 <c>ip6</c>, 1 <c>inet</c> ...</param>
/// <param name="Table">The table name.</param>
/// <param name="Name">The chain name.</param>
/// <param name="IsBaseChain">True when it has a hook.</param>
internal sealed record NftChain(byte Family, string Table, string Name, bool IsBaseChain);
