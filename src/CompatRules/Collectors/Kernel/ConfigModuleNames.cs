using System.Collections.Frozen;

namespace CompatRules.Collectors.Kernel;

/// <summary>The module each networking <c>CONFIG_*</c> option builds, for modules built in with <c>=y</c>.</summary>
/// <remarks>Only options whose module the rules ask about; the kernel has no general option-to-module map.</remarks>
internal static class ConfigModuleNames
{
    public static FrozenDictionary<string, string> ByOption { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CONFIG_NF_TABLES"] = "nf_tables",
        ["CONFIG_NFT_COMPAT"] = "nft_compat",
        ["CONFIG_NETFILTER_NETLINK"] = "nfnetlink",
        ["CONFIG_NETFILTER_XTABLES"] = "x_tables",
        ["CONFIG_IP_NF_IPTABLES"] = "ip_tables",
        ["CONFIG_IP6_NF_IPTABLES"] = "ip6_tables",
        ["CONFIG_IP_NF_FILTER"] = "iptable_filter",
        ["CONFIG_IP_NF_NAT"] = "iptable_nat",
        ["CONFIG_IP_NF_MANGLE"] = "iptable_mangle",
        ["CONFIG_NF_CONNTRACK"] = "nf_conntrack",
        ["CONFIG_NF_NAT"] = "nf_nat",
        ["CONFIG_BRIDGE"] = "bridge",
        ["CONFIG_BRIDGE_NETFILTER"] = "br_netfilter",
        ["CONFIG_IP_VS"] = "ip_vs",
        ["CONFIG_IP_SET"] = "ip_set",
        ["CONFIG_VXLAN"] = "vxlan",
        ["CONFIG_GENEVE"] = "geneve",
        ["CONFIG_NET_IPIP"] = "ipip",
        ["CONFIG_VETH"] = "veth",
        ["CONFIG_DUMMY"] = "dummy",
        ["CONFIG_VLAN_8021Q"] = "8021q",
        ["CONFIG_WIREGUARD"] = "wireguard",
        ["CONFIG_OPENVSWITCH"] = "openvswitch",
        ["CONFIG_NETFILTER_XT_TARGET_TPROXY"] = "xt_TPROXY",
        ["CONFIG_NF_TPROXY_IPV4"] = "nf_tproxy_ipv4",
        ["CONFIG_NETFILTER_XT_MATCH_COMMENT"] = "xt_comment",
        ["CONFIG_NETFILTER_XT_MATCH_CONNTRACK"] = "xt_conntrack",
        ["CONFIG_SCTP"] = "sctp",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
