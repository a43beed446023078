using CompatRules.Collectors.Containers;
using CompatRules.Facts;

namespace CompatRules.Settings;

/// <summary>Turns what a component container is given (environment, command-line flags, the config files those flags
/// name) into its <see cref="ComponentSetting"/>s and the derived settings the rules read: one reader for the node's
/// containers and the cluster inventory (docs/inventory.md "Settings", docs/collectors.md).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Each flag → a setting named as the flag with its dashes (<c>--proxy-mode</c>); a secret-looking name or a PEM
/// value is redacted (<see cref="SecretSettings"/>).</item>
/// <item>Kube-OVN <c>--enable-tproxy</c> → also <c>ENABLE_TPROXY</c>; on the <c>cni-server</c> container an absent
/// flag gives <c>ENABLE_TPROXY=false</c>, pflag's default.</item>
/// <item>kube-proxy <c>mode</c>: with <c>--config</c>, from the KubeProxyConfiguration file (it wins over flags;
/// <c>""</c> or no <c>mode</c> means iptables), also <c>ipvs.strictARP</c> and <c>nftables.skipKernelVersionCheck</c>
/// when the file sets them; a file that cannot be read or parsed leaves <c>mode</c> unknown with the reason. Without
/// <c>--config</c>, <c>--proxy-mode</c>, else iptables.</item>
/// <item>OVN-Kubernetes <c>--gateway-mode</c> → also <c>gateway-mode</c>.</item>
/// <item>Calico <c>encapsulation</c> (<c>IPIP</c>, <c>VXLAN</c>, <c>IPIP+VXLAN</c>, <c>None</c>) from
/// <c>CALICO_IPV4POOL_IPIP</c>/<c>CALICO_IPV4POOL_VXLAN</c> (the install-time default pool) or
/// <c>FELIX_IPINIPENABLED</c>/<c>FELIX_VXLANENABLED</c>.</item>
/// </list>
/// </remarks>
internal sealed class ComponentSettingsDeriver
{
    /// <summary>Kube-OVN's tproxy setting, as install.sh and the chart name it.</summary>
    public const string EnableTproxy = "ENABLE_TPROXY";

    /// <summary>kube-proxy's mode.</summary>
    public const string KubeProxyMode = "mode";

    /// <summary>Calico's encapsulation summary.</summary>
    public const string CalicoEncapsulation = "encapsulation";

    /// <summary>OVN-Kubernetes' gateway mode.</summary>
    public const string GatewayMode = "gateway-mode";

    /// <summary>kube-proxy's <c>ipvs.strictARP</c> (flag <c>--ipvs-strict-arp</c>); <c>false</c> when not set, as kube-proxy defaults.</summary>
    public const string KubeProxyStrictArp = "ipvs.strictARP";

    /// <summary>kube-proxy's <c>nftables.skipKernelVersionCheck</c> (config file only); <c>false</c> when not set.</summary>
    public const string KubeProxySkipKernelVersionCheck = "nftables.skipKernelVersionCheck";

    private readonly string _component;
    private readonly string _containerName;
    private readonly ISettingsOrigin _origin;
    private readonly Action<ComponentSetting> _sink;
    private readonly Dictionary<string, ComponentSetting> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandLineFlag> _flags = new(StringComparer.Ordinal);

    public ComponentSettingsDeriver(string component, string containerName, ISettingsOrigin origin, Action<ComponentSetting> sink)
    {
        _component = component;
        _containerName = containerName;
        _origin = origin;
        _sink = sink;
    }

    /// <summary>Adds a setting as given (an environment variable); the first value of a name is the one derivations read.</summary>
    public void Add(string name, string value, Provenance provenance)
    {
        var setting = new ComponentSetting(_component, name, value) { Provenance = provenance };
        _read.TryAdd(name, setting);
        _sink(setting);
    }

    /// <summary>Adds the flags of the container's command line.</summary>
    public void AddFlags(IEnumerable<CommandLineFlag> flags)
    {
        foreach (var flag in flags)
        {
            _flags.TryAdd(flag.Name, flag);
            var provenance = _origin.OfFlag(flag);
            var value = SecretSettings.ValueToReport(flag.Name, flag.Value);
            Add(flag.SettingName, value, provenance);
            if (_component == ComponentNames.KubeOvn && flag.Name == "enable-tproxy")
            {
                Add(EnableTproxy, value, provenance);
            }

            if (_component == ComponentNames.OvnKubernetes && flag.Name == GatewayMode)
            {
                Add(GatewayMode, value, provenance);
            }
        }
    }

    /// <summary>Adds the derived settings, once everything given was added.</summary>
    public void Finish()
    {
        if (_component == ComponentNames.KubeOvn && _containerName == "cni-server" && !_read.ContainsKey(EnableTproxy))
        {
            Add(EnableTproxy, "false", _origin.OfCommandLine("no --enable-tproxy flag: pflag default false"));
        }

        if (_component == ComponentNames.KubeProxy)
        {
            AddKubeProxyMode();
        }

        if (_component == ComponentNames.Calico)
        {
            AddCalicoEncapsulation();
        }
    }

    private void AddKubeProxyMode()
    {
        if (_flags.TryGetValue("config", out var config))
        {
            if (_origin.ReadFile(config, KubeProxyMode) is { } file)
            {
                AddKubeProxyConfig(file);
            }

            return;
        }

        if (_flags.TryGetValue("ipvs-strict-arp", out var strictArp))
        {
            Add(KubeProxyStrictArp, strictArp.Value, _origin.OfFlag(strictArp));
        }
        else
        {
            Add(KubeProxyStrictArp, "false", _origin.OfCommandLine("no --config and no --ipvs-strict-arp: false by default"));
        }

        Add(KubeProxySkipKernelVersionCheck, "false", _origin.OfCommandLine("no --config: nftables.skipKernelVersionCheck false by default"));
        if (_flags.TryGetValue("proxy-mode", out var flag))
        {
            Add(KubeProxyMode, flag.Value.Length == 0 ? "iptables" : flag.Value, _origin.OfFlag(flag));
            return;
        }

        Add(KubeProxyMode, "iptables", _origin.OfCommandLine("no --config and no --proxy-mode: iptables on Linux"));
    }

    private void AddKubeProxyConfig(SettingsFile file)
    {
        IReadOnlyList<ConfigValue> values;
        try
        {
            values = KubeProxyConfigurationParser.Parse(file.Text, file.Location);
        }
        catch (SettingsFileFormatException e)
        {
            _origin.Problem(KubeProxyMode, CollectionState.Error, file.NamedBy is null ? e.Message : $"{e.Message} ({file.NamedBy})");
            return;
        }

        var mode = values.FirstOrDefault(v => v.Path == KubeProxyMode);
        foreach (var value in values.Where(v => v.Path != KubeProxyMode))
        {
            Add(value.Path, value.Value, file.At($"line {value.Line}: {value.Path}: {value.Value}"));
        }

        foreach (var field in new[] { KubeProxyStrictArp, KubeProxySkipKernelVersionCheck })
        {
            if (values.All(v => v.Path != field))
            {
                Add(field, "false", file.At($"no {field} field: false by default"));
            }
        }

        if (mode is null)
        {
            Add(KubeProxyMode, "iptables", file.At("no mode field: iptables on Linux"));
        }
        else if (mode.Value.Length == 0)
        {
            Add(KubeProxyMode, "iptables", file.At($"line {mode.Line}: mode \"\" means iptables on Linux"));
        }
        else
        {
            Add(KubeProxyMode, mode.Value, file.At($"line {mode.Line}: mode: {mode.Value}"));
        }
    }

    private void AddCalicoEncapsulation()
    {
        var ipip = _read.GetValueOrDefault("CALICO_IPV4POOL_IPIP");
        var vxlan = _read.GetValueOrDefault("CALICO_IPV4POOL_VXLAN");
        string source;
        bool ipipOn;
        bool vxlanOn;
        if (ipip is not null || vxlan is not null)
        {
            ipipOn = ipip is not null && !ipip.Is("Never") && !ipip.Is("Off") && !ipip.Is("false");
            vxlanOn = vxlan is not null && !vxlan.Is("Never");
            source = "install-time default IP pool from " + Describe(ipip, vxlan) + "; the IPPool resources are not read";
        }
        else
        {
            var felixIpip = _read.GetValueOrDefault("FELIX_IPINIPENABLED");
            var felixVxlan = _read.GetValueOrDefault("FELIX_VXLANENABLED");
            if (felixIpip is null && felixVxlan is null)
            {
                return;
            }

            ipipOn = felixIpip?.IsEnabled == true;
            vxlanOn = felixVxlan?.IsEnabled == true;
            source = "from " + Describe(felixIpip, felixVxlan);
        }

        var mode = (ipipOn, vxlanOn) switch
        {
            (true, true) => "IPIP+VXLAN",
            (true, false) => "IPIP",
            (false, true) => "VXLAN",
            _ => "None",
        };
        Add(CalicoEncapsulation, mode, _origin.OfEnvironment(source));
    }

    private static string Describe(params ComponentSetting?[] settings)
        => string.Join(", ", settings.OfType<ComponentSetting>().Select(s => $"{s.Name}={s.Value}"));
}
