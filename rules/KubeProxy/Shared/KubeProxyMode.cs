using CompatRules.Facts;

namespace CompatRules.BuiltIn.KubeProxy;

/// <summary>Reads kube-proxy's <c>mode</c> setting (<c>--proxy-mode</c> / KubeProxyConfiguration <c>mode</c>).</summary>
internal static class KubeProxyMode
{
    /// <summary>The setting name the inventory reader and <c>--assume</c> use.</summary>
    public const string SettingName = "mode";

    /// <summary>The fact key of the mode setting.</summary>
    public static readonly string Key = ComponentSetting.KeyFor(ComponentNames.KubeProxy, SettingName);

    /// <summary>True for iptables mode, which is also what an empty mode means on Linux.</summary>
    /// <param name="mode">The mode setting.</param>
    /// <returns>Whether kube-proxy runs in iptables mode.</returns>
    public static bool IsIptables(ComponentSetting mode) => mode.Is("iptables") || mode.Value.Trim().Length == 0;

    /// <summary>True for IPVS mode.</summary>
    /// <param name="mode">The mode setting.</param>
    /// <returns>Whether kube-proxy runs in IPVS mode.</returns>
    public static bool IsIpvs(ComponentSetting mode) => mode.Is("ipvs");
}
