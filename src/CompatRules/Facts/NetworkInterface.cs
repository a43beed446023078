using System.Collections.Immutable;

namespace CompatRules.Facts;

/// <summary>A network interface on the node, with the offload features the rules ask about.</summary>
/// <param name="Name">The interface name, such as <c>vxlan.calico</c> or <c>tunl0</c>.</param>
/// <param name="Kind">The link kind (<c>vxlan</c>, <c>ipip</c>, <c>veth</c>, <c>bridge</c>), or null for a physical device.</param>
/// <param name="Parent">The parent or lower device (a VXLAN's underlay), or null.</param>
/// <param name="Mtu">The MTU, or null when not known.</param>
/// <param name="Offloads">Offload feature name (<c>tx-checksum-ip-generic</c>) to active state; null when not read.</param>
public sealed record NetworkInterface(string Name, string? Kind, string? Parent = null, int? Mtu = null, ImmutableDictionary<string, bool>? Offloads = null) : Fact
{
    /// <summary>The prefix of every interface fact key.</summary>
    public const string KeyPrefix = "interface:";

    /// <inheritdoc />
    public override string Key => KeyFor(Name);

    /// <inheritdoc />
    public override string Describe() => $"interface {Name} ({Kind ?? "kind unknown"}{(Parent is null ? string.Empty : ", parent " + Parent)}{(Mtu is null ? string.Empty : ", mtu " + Mtu)}){(Offloads is null ? string.Empty : "; offloads: " + string.Join(", ", Offloads.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => o.Key + (o.Value ? " on" : " off"))))}";

    /// <summary>Whether an offload feature is on: null when offloads were not read or the feature is not listed.</summary>
    /// <param name="feature">The feature name as ethtool lists it, such as <c>tx-checksum-ip-generic</c>.</param>
    /// <returns>The state, or null.</returns>
    public bool? Offload(string feature) => Offloads is not null && Offloads.TryGetValue(feature, out var on) ? on : null;

    /// <summary>The fact key for an interface, such as <c>interface:tunl0</c>.</summary>
    /// <param name="name">The interface name.</param>
    /// <returns>The key.</returns>
    public static string KeyFor(string name) => KeyPrefix + name;
}
