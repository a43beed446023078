using CompatRules.BuiltIn.K0s;
using CompatRules.BuiltIn.KubeProxy;
using CompatRules.BuiltIn.Node;
using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Benchmarks.Evaluate;

/// <summary>
/// The floor: the same checks as <see cref="EightRules"/>, written by hand with plain <c>if</c>s over one pass of the
/// facts. Outcomes follow the engine's meaning (NotApplicable when the component is absent, Unknown when a needed fact
/// is missing), but without evidence, notes or report objects.
/// </summary>
public static class HandWrittenChecks
{
    private static readonly VersionRange TproxyKubeOvn = VersionRange.Parse("[1.13.15,1.13.15] ∪ [1.14.0,)");
    private static readonly VersionRange DeleteIndexKubeOvn = VersionRange.Parse("[v1.13.0,v1.13.13)");
    private static readonly VersionRange NodeLeakCalico = VersionRange.Parse("(,3.24.6) ∪ [3.25.0,3.25.1)");
    private static readonly VersionRange OffloadAllKernelsCalico = VersionRange.Parse("[3.24.6,3.28.0) ∪ [3.28.1,3.28.2)");
    private static readonly VersionRange PartialSyncKubeProxy = VersionRange.Parse("[1.27.0,1.27.11) ∪ [1.28.0,1.28.7) ∪ [1.29.0,1.29.2)");
    private static readonly VersionRange RandomFullyKubeProxy = VersionRange.Parse("[1.16.0,)");
    private static readonly VersionRange NftLbKubeProxy = VersionRange.Parse("[1.29.0,1.30.0)");
    private static readonly KernelVersion FirstFullyRandomKernel = new(3, 13);
    private static readonly KernelVersion LastBrokenVxlanKernel = new(5, 7, 0);

    /// <summary>Runs the eight checks.</summary>
    /// <param name="facts">The node's facts.</param>
    /// <returns>One outcome per rule, in <see cref="EightRules.Ids"/> order.</returns>
    public static Outcome[] Check(FactSet facts)
    {
        KernelInfo? kernel = null;
        OsRelease? os = null;
        IptablesMode? iptables = null;
        ComponentVersion? kubeOvn = null, calico = null, kubeProxy = null, k0s = null, kubeRouter = null;
        ComponentSetting? tproxy = null, encapsulation = null, proxyMode = null;
        SocketCapability? mptcpProbe = null;
        var godebugOff = false;
        var vxlanOffloadOn = false;
        foreach (var fact in facts.Facts)
        {
            switch (fact)
            {
                case KernelInfo k: kernel = k; break;
                case OsRelease o: os = o; break;
                case IptablesMode m: iptables = m; break;
                case ComponentVersion c:
                    switch (c.Component)
                    {
                        case ComponentNames.KubeOvn: kubeOvn = c; break;
                        case ComponentNames.Calico: calico = c; break;
                        case ComponentNames.KubeProxy: kubeProxy = c; break;
                        case ComponentNames.K0s: k0s = c; break;
                        case ComponentNames.KubeRouter: kubeRouter = c; break;
                    }

                    break;
                case ComponentSetting s:
                    if (s.Component == ComponentNames.KubeOvn && s.Name == "ENABLE_TPROXY") tproxy = s;
                    else if (s.Component == ComponentNames.KubeOvn && s.Name == "GODEBUG" && s.Value.Contains("multipathtcp=0")) godebugOff = true;
                    else if (s.Component == ComponentNames.Calico && s.Name == "encapsulation") encapsulation = s;
                    else if (s.Component == ComponentNames.KubeProxy && s.Name == "mode") proxyMode = s;
                    break;
                case SocketCapability p when p.Probe == SocketProbes.MptcpIpTransparent && p.Result is ProbeResult.Supported or ProbeResult.Unsupported:
                    mptcpProbe = p;
                    break;
                case NetworkInterface i when i.Name == "vxlan.calico" && i.Offload("tx-checksum-ip-generic") == true:
                    vxlanOffloadOn = true;
                    break;
            }
        }

        var upstream = kernel?.Version.Upstream;
        return
        [
            Tproxy(kubeOvn, tproxy, godebugOff, mptcpProbe, upstream),
            Versioned(kubeOvn, DeleteIndexKubeOvn, () => calico is null ? Outcome.Unknown : Outcome.Affected),
            Versioned(calico, NodeLeakCalico, () => Outcome.Affected),
            Versioned(calico, OffloadAllKernelsCalico, () =>
                encapsulation is null || upstream is null ? Outcome.Unknown
                : encapsulation.Value.Trim().StartsWith("vxlan", StringComparison.OrdinalIgnoreCase) && upstream > LastBrokenVxlanKernel && !vxlanOffloadOn ? Outcome.Affected
                : Outcome.NotAffected),
            Versioned(kubeProxy, PartialSyncKubeProxy, () => proxyMode is null ? Outcome.Unknown : KubeProxyMode.IsIptables(proxyMode) ? Outcome.Affected : Outcome.NotAffected),
            Versioned(kubeProxy, RandomFullyKubeProxy, () => upstream is null ? Outcome.Unknown : upstream < FirstFullyRandomKernel ? Outcome.Affected : Outcome.NotAffected),
            Versioned(kubeProxy, NftLbKubeProxy, () => proxyMode is null ? Outcome.Unknown : proxyMode.Is("nftables") ? Outcome.Affected : Outcome.NotAffected),
            KubeRouterLegacy(k0s, kubeRouter, iptables, os),
        ];
    }

    private static Outcome Versioned(ComponentVersion? component, VersionRange affected, Func<Outcome> rest)
    {
        if (component is null)
        {
            return Outcome.NotApplicable;
        }

        if (component.Version is null)
        {
            return Outcome.Unknown;
        }

        return affected.Contains(component.Version) ? rest() : Outcome.NotAffected;
    }

    private static Outcome Tproxy(ComponentVersion? kubeOvn, ComponentSetting? tproxy, bool godebugOff, SocketCapability? probe, KernelVersion? upstream)
    {
        if (kubeOvn is null)
        {
            return Outcome.NotApplicable;
        }

        if (kubeOvn.Version is null || tproxy is null)
        {
            return Outcome.Unknown;
        }

        if (!TproxyKubeOvn.Contains(kubeOvn.Version) || !tproxy.IsEnabled || godebugOff)
        {
            return Outcome.NotAffected;
        }

        bool supported;
        if (probe is not null)
        {
            supported = probe.Result == ProbeResult.Supported;
        }
        else if (upstream is null)
        {
            return Outcome.Unknown;
        }
        else
        {
            supported = upstream < MptcpTransparency.FirstMptcpKernel || upstream >= MptcpTransparency.FirstSupportingKernel;
        }

        return supported ? Outcome.NotAffected : Outcome.Affected;
    }

    private static Outcome KubeRouterLegacy(ComponentVersion? k0s, ComponentVersion? kubeRouter, IptablesMode? iptables, OsRelease? os)
    {
        if (k0s is null)
        {
            return Outcome.NotApplicable;
        }

        if (k0s.Version is null)
        {
            return Outcome.Unknown;
        }

        bool? legacyImage = kubeRouter switch
        {
            { Version: { } tag } => K0sKubeRouterImage.LegacyOnlyTagRange.Contains(tag),
            { Version: null } => K0sKubeRouterImage.AffectedK0sReleaseRange.Contains(k0s.Version),
            null => null,
        };
        bool? nftHost = iptables is { Backend: not IptablesBackend.Unknown }
            ? iptables.Backend == IptablesBackend.Nft
            : os is not null && HostIptablesBackendOsPolicy.Matches(os) ? true : null;
        if (legacyImage is null || nftHost is null)
        {
            return Outcome.Unknown;
        }

        return legacyImage.Value && nftHost.Value ? Outcome.Affected : Outcome.NotAffected;
    }
}
