namespace CompatRules.Collectors.Interfaces;

/// <summary>One link from an <c>RTM_NEWLINK</c> reply.</summary>
/// <param name="Index">The ifindex.</param>
/// <param name="Name">IFLA_IFNAME.</param>
/// <param name="Kind">IFLA_INFO_KIND, or null for a physical device.</param>
/// <param name="Mtu">IFLA_MTU, or null.</param>
/// <param name="ParentIndex">The lower device's ifindex in this namespace (IFLA_VXLAN_LINK for vxlan, IFLA_IPTUN_LINK
/// or IFLA_LINK otherwise; never a veth peer), or null.</param>
internal sealed record LinkInfo(int Index, string Name, string? Kind, int? Mtu, int? ParentIndex);
