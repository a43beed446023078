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

    /// <summary>The KubeProxyConfiguration field that skips the nftables mode's kernel check (1.31+), as the inventory names it.</summary>
    public const string SkipKernelVersionCheck = "nftables.skipKernelVersionCheck";

    /// <summary>The KubeProxyConfiguration field <c>ipvs.strictARP</c> (flag <c>--ipvs-strict-arp</c>), as the inventory names it.</summary>
    public const string StrictArp = "ipvs.strictARP";

    /// <summary>True for nftables mode.</summary>
    /// <param name="mode">The mode setting.</param>
    /// <returns>Whether kube-proxy runs in nftables mode.</returns>
    public static bool IsNftables(ComponentSetting mode) => mode.Is("nftables");

    /// <summary>True for IPVS mode.</summary>
    /// <param name="mode">The mode setting.</param>
    /// <returns>Whether kube-proxy runs in IPVS mode.</returns>
    public static bool IsIpvs(ComponentSetting mode) => mode.Is("ipvs");
}
