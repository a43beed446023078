namespace CompatRules.Collectors.Iptables;

/// <summary>A user chain of a legacy x_tables table.</summary>
internal sealed record LegacyChain(bool Ipv6, string Table, string Name);
