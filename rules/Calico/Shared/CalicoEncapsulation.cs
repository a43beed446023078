using CompatRules.Facts;

namespace CompatRules.BuiltIn.Calico;

/// <summary>Reads Calico's <c>encapsulation</c> setting (the IP pool's <c>VXLAN</c>, <c>IPIP</c> or <c>None</c>;
/// the CrossSubnet variants count as the tunnel they use).</summary>
internal static class CalicoEncapsulation
{
    /// <summary>The setting name the inventory reader and <c>--assume</c> use.</summary>
    public const string SettingName = "encapsulation";

    /// <summary>The fact key of the encapsulation setting.</summary>
    public static readonly string Key = ComponentSetting.KeyFor(ComponentNames.Calico, SettingName);

    /// <summary>True for VXLAN (or VXLANCrossSubnet).</summary>
    /// <param name="setting">The encapsulation setting.</param>
    /// <returns>Whether pods' cross-node traffic uses <c>vxlan.calico</c>.</returns>
    public static bool IsVxlan(ComponentSetting setting) => setting.Value.Trim().StartsWith("vxlan", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for IPIP (or IPIPCrossSubnet).</summary>
    /// <param name="setting">The encapsulation setting.</param>
    /// <returns>Whether pods' cross-node traffic uses <c>tunl0</c>.</returns>
    public static bool IsIpip(ComponentSetting setting) => setting.Value.Trim().StartsWith("ipip", StringComparison.OrdinalIgnoreCase);
}
