using System.Text.Json;
using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Reads a component container's settings: literal env values, env from ConfigMap keys, command-line flags,
/// and the derived settings the rules ask for (inventory.md §5).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Env <c>value</c> → setting named as the variable. <c>valueFrom.configMapKeyRef</c> is resolved from the
/// ConfigMaps in the inventory; <c>fieldRef</c> and <c>resourceFieldRef</c> (per-pod runtime values such as the node
/// name, the pod IP or a limit, never configuration a rule reads) are skipped silently; other <c>valueFrom</c>
/// sources (<c>secretKeyRef</c>) are skipped with a warning.</item>
/// <item>Flags in <c>command</c> and <c>args</c> → setting named as the flag with its dashes (<c>--run-service-proxy</c>);
/// a bare flag followed by another flag or nothing is <c>true</c>, otherwise the next word is its value.</item>
/// <item>Kube-OVN <c>--enable-tproxy</c> → also <c>ENABLE_TPROXY</c> (the install.sh and chart name); on the
/// <c>cni-server</c> container an absent flag gives <c>ENABLE_TPROXY=false</c>, pflag's default.</item>
/// <item>kube-proxy <c>mode</c>: the <c>config.conf</c> of its ConfigMap when it runs with <c>--config</c> (the file
/// wins over flags; <c>""</c> means iptables), else <c>--proxy-mode</c>, else iptables when neither is given.</item>
/// <item>kube-proxy <c>ipvs.strictARP</c> (else <c>--ipvs-strict-arp</c>) and <c>nftables.skipKernelVersionCheck</c>
/// from the same file; false when not set, as kube-proxy defaults.</item>
/// <item>Calico <c>encapsulation</c> (<c>IPIP</c>, <c>VXLAN</c>, <c>IPIP+VXLAN</c>, <c>None</c>) from
/// <c>CALICO_IPV4POOL_IPIP</c>/<c>CALICO_IPV4POOL_VXLAN</c> (the install-time default pool) or
/// <c>FELIX_IPINIPENABLED</c>/<c>FELIX_VXLANENABLED</c>.</item>
/// </list>
/// </remarks>
internal sealed class ContainerSettingsReader
{
    public const string EnableTproxy = "ENABLE_TPROXY";
    public const string KubeProxyMode = "mode";
    public const string CalicoEncapsulation = "encapsulation";
    public const string KubeProxyStrictArp = "ipvs.strictARP";
    public const string KubeProxySkipKernelVersionCheck = "nftables.skipKernelVersionCheck";

    private readonly ConfigMapIndex _configMaps;
    private readonly InventoryDiagnostics _diagnostics;
    private readonly ContainerContext _context;
    private readonly string _component;
    private readonly IComponentSink _sink;
    private readonly Dictionary<string, ComponentSetting> _read = new(StringComparer.Ordinal);

    public ContainerSettingsReader(ConfigMapIndex configMaps, InventoryDiagnostics diagnostics, ContainerContext context, string component, IComponentSink sink)
    {
        _configMaps = configMaps;
        _diagnostics = diagnostics;
        _context = context;
        _component = component;
        _sink = sink;
    }

    public void Read(string containerName)
    {
        ReadEnv();
        ReadFlags();
        if (_component == ComponentNames.KubeOvn && containerName == "cni-server" && !_read.ContainsKey(EnableTproxy))
        {
            Add(EnableTproxy, "false", InventoryProvenance.At(_context.Owner, $"{_context.Field}.args", "no --enable-tproxy flag: pflag default false"));
        }

        if (_component == ComponentNames.KubeProxy)
        {
            AddKubeProxyMode();
            AddKubeProxyConfigField(KubeProxyStrictArp, "ipvs", "strictARP", "--ipvs-strict-arp");
            AddKubeProxyConfigField(KubeProxySkipKernelVersionCheck, "nftables", "skipKernelVersionCheck", null);
        }

        if (_component == ComponentNames.Calico)
        {
            AddCalicoEncapsulation();
        }
    }

    private void ReadEnv()
    {
        foreach (var (index, env) in JsonAccess.Elements(JsonAccess.Array(_context.Container, "env")))
        {
            var name = JsonAccess.String(env, "name");
            var field = $"{_context.Field}.env[{index}]";
            if (string.IsNullOrEmpty(name))
            {
                _diagnostics.Warn(EnvPath(index), $"{_context.Owner} {field} has no name; skipped");
                continue;
            }

            if (JsonAccess.String(env, "value") is { } value)
            {
                Add(name, value, InventoryProvenance.At(_context.Owner, field));
            }
            else if (JsonAccess.Object(env, "valueFrom") is { } valueFrom)
            {
                ReadValueFrom(name, valueFrom, field, index);
            }
            else
            {
                Add(name, string.Empty, InventoryProvenance.At(_context.Owner, field, "no value: empty"));
            }
        }
    }

    private string EnvPath(int index) => JsonPathText.Index(JsonPathText.Property(_context.Path, "env"), index);

    private void ReadValueFrom(string name, JsonElement valueFrom, string field, int index)
    {
        if (JsonAccess.Object(valueFrom, "configMapKeyRef") is { } reference
            && JsonAccess.String(reference, "name") is { } mapName
            && JsonAccess.String(reference, "key") is { } key)
        {
            if (_configMaps.Find(_context.Namespace, mapName, key) is { } found)
            {
                Add(name, found.Value, InventoryProvenance.At(InventoryProvenance.ObjectRef("ConfigMap", _context.Namespace, mapName), $"data['{key}']", $"env {name} of {_context.Owner} {field}"));
                return;
            }

            if (_diagnostics.IsFirst($"env:{_component}/{name}"))
            {
                _diagnostics.Warn(EnvPath(index), $"{_context.Owner}: env {name} comes from ConfigMap {mapName} key {key}, which is not in the inventory; skipped");
            }

            return;
        }

        var source = valueFrom.EnumerateObject().Select(p => p.Name).FirstOrDefault() ?? "valueFrom";
        if (source is not ("fieldRef" or "resourceFieldRef") && _diagnostics.IsFirst($"env:{_component}/{name}"))
        {
            _diagnostics.Warn(EnvPath(index), $"{_context.Owner}: env {name} comes from valueFrom.{source}, which the inventory does not resolve; skipped");
        }
    }

    private void ReadFlags()
    {
        var words = new List<(string Word, string List, int Index)>();
        foreach (var list in (string[])["command", "args"])
        {
            foreach (var (index, element) in JsonAccess.Elements(JsonAccess.Array(_context.Container, list)))
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                foreach (var word in element.GetString()!.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
                {
                    words.Add((word, list, index));
                }
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var (word, list, index) = words[i];
            if (!word.StartsWith("--", StringComparison.Ordinal) || word.Length == 2)
            {
                continue;
            }

            var equals = word.IndexOf('=');
            string flag;
            string value;
            if (equals > 0)
            {
                flag = word[2..equals];
                value = word[(equals + 1)..];
            }
            else
            {
                flag = word[2..];
                if (i + 1 < words.Count && !words[i + 1].Word.StartsWith('-'))
                {
                    value = words[++i].Word;
                }
                else
                {
                    value = "true";
                }
            }

            var provenance = InventoryProvenance.At(_context.Owner, $"{_context.Field}.{list}[{index}]");
            Add("--" + flag, value, provenance);
            if (_component == ComponentNames.KubeOvn && flag == "enable-tproxy")
            {
                Add(EnableTproxy, value, provenance);
            }
        }
    }

    private void AddKubeProxyMode()
    {
        if (_read.ContainsKey("--config") && ConfigFile() is { } config)
        {
            var (text, mapRef, key) = config;
            if (KubeProxyConfigFile.FindMode(text) is { } mode)
            {
                var value = mode.Value.Length == 0 ? "iptables" : mode.Value;
                var detail = mode.Value.Length == 0 ? $"line {mode.Line}: mode \"\" means iptables on Linux" : $"line {mode.Line}: mode: {mode.Value}";
                Add(KubeProxyMode, value, InventoryProvenance.At(mapRef, $"data['{key}']", detail));
                return;
            }

            Add(KubeProxyMode, "iptables", InventoryProvenance.At(mapRef, $"data['{key}']", "no mode field: iptables on Linux"));
            return;
        }

        if (_read.TryGetValue("--proxy-mode", out var flag))
        {
            Add(KubeProxyMode, flag.Value.Length == 0 ? "iptables" : flag.Value, flag.Provenance);
            return;
        }

        if (!_read.ContainsKey("--config"))
        {
            Add(KubeProxyMode, "iptables", InventoryProvenance.At(_context.Owner, _context.Field, "no --config and no --proxy-mode: iptables on Linux"));
        }
    }

    /// <summary>A boolean field of a nested KubeProxyConfiguration block (<c>ipvs.strictARP</c>): the config file's
    /// value when kube-proxy runs with <c>--config</c> (false when the file lacks it), else its flag, else false.</summary>
    private void AddKubeProxyConfigField(string name, string block, string field, string? flagName)
    {
        if (_read.ContainsKey("--config") && ConfigFile() is { } config)
        {
            var (text, mapRef, key) = config;
            var found = KubeProxyConfigFile.FindNested(text, block, field);
            Add(name, found?.Value ?? "false", InventoryProvenance.At(mapRef, $"data['{key}']", found is { } f ? $"line {f.Line}: {block}.{field}: {f.Value}" : $"no {block}.{field} field: false by default"));
            return;
        }

        if (flagName is not null && _read.TryGetValue(flagName, out var flag))
        {
            Add(name, flag.Value, flag.Provenance);
            return;
        }

        if (!_read.ContainsKey("--config"))
        {
            Add(name, "false", InventoryProvenance.At(_context.Owner, _context.Field, $"no --config{(flagName is null ? string.Empty : " and no " + flagName)}: false by default"));
        }
    }

    /// <summary>The <c>config.conf</c> of a ConfigMap mounted into the pod, as kubeadm and k0s mount <c>kube-proxy</c>.</summary>
    private (string Text, string MapRef, string Key)? ConfigFile()
    {
        foreach (var (_, volume) in JsonAccess.Elements(JsonAccess.Array(_context.PodSpec, "volumes")))
        {
            if (JsonAccess.Object(volume, "configMap") is { } configMap && JsonAccess.String(configMap, "name") is { } name
                && _configMaps.Find(_context.Namespace, name, "config.conf") is { } found)
            {
                return (found.Value, InventoryProvenance.ObjectRef("ConfigMap", _context.Namespace, name), "config.conf");
            }
        }

        return _configMaps.Find(_context.Namespace, "kube-proxy", "config.conf") is { } fallback
            ? (fallback.Value, InventoryProvenance.ObjectRef("ConfigMap", _context.Namespace, "kube-proxy"), "config.conf")
            : null;
    }

    private void AddCalicoEncapsulation()
    {
        var ipip = Value("CALICO_IPV4POOL_IPIP");
        var vxlan = Value("CALICO_IPV4POOL_VXLAN");
        string source;
        bool ipipOn;
        bool vxlanOn;
        if (ipip is not null || vxlan is not null)
        {
            ipipOn = ipip is not null && !ipip.Is("Never") && !ipip.Is("Off") && !ipip.Is("false");
            vxlanOn = vxlan is not null && !vxlan.Is("Never");
            source = "install-time default IP pool from " + string.Join(", ", new[] { ipip, vxlan }.OfType<ComponentSetting>().Select(s => $"{s.Name}={s.Value}"))
                + "; the IPPool resources are not in the inventory";
        }
        else
        {
            var felixIpip = Value("FELIX_IPINIPENABLED");
            var felixVxlan = Value("FELIX_VXLANENABLED");
            if (felixIpip is null && felixVxlan is null)
            {
                return;
            }

            ipipOn = felixIpip?.IsEnabled == true;
            vxlanOn = felixVxlan?.IsEnabled == true;
            source = "from " + string.Join(", ", new[] { felixIpip, felixVxlan }.OfType<ComponentSetting>().Select(s => $"{s.Name}={s.Value}"));
        }

        var mode = (ipipOn, vxlanOn) switch
        {
            (true, true) => "IPIP+VXLAN",
            (true, false) => "IPIP",
            (false, true) => "VXLAN",
            _ => "None",
        };
        Add(CalicoEncapsulation, mode, InventoryProvenance.At(_context.Owner, $"{_context.Field}.env", source));
    }

    private ComponentSetting? Value(string name) => _read.GetValueOrDefault(name);

    private void Add(string name, string value, Provenance provenance)
    {
        var setting = new ComponentSetting(_component, name, value) { Provenance = provenance };
        _read.TryAdd(name, setting);
        _sink.Add(setting);
    }
}
