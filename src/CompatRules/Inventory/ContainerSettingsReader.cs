using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Settings;

namespace CompatRules.Inventory;

/// <summary>Reads a component container's settings from a pod spec: literal env values and env from ConfigMap keys
/// here, then command-line flags, the config files they name and the derived settings through the shared
/// <see cref="ComponentSettingsDeriver"/> (inventory.md §5).</summary>
/// <remarks>
/// Env <c>value</c> → setting named as the variable. <c>valueFrom.configMapKeyRef</c> is resolved from the ConfigMaps
/// in the inventory; <c>fieldRef</c> and <c>resourceFieldRef</c> (per-pod runtime values such as the node name, the
/// pod IP or a limit, never configuration a rule reads) are skipped silently; other <c>valueFrom</c> sources
/// (<c>secretKeyRef</c>) are skipped with a warning. A file a flag names (kube-proxy's <c>--config</c>) is found through
/// the container's <c>volumeMounts</c> and the pod's ConfigMap volumes (<see cref="PodConfigFiles"/>). A setting the
/// component reads at start from a ConfigMap of its own namespace through the API, not from its pod spec
/// (<see cref="ApiConfigMapSettings"/>), is read from that ConfigMap in the inventory; the node never sees it.
/// </remarks>
internal sealed class ContainerSettingsReader : ISettingsOrigin
{
    /// <summary>Settings a component reads from a ConfigMap in its own namespace through the API: component, ConfigMap,
    /// key (the setting's name). Submariner's route agent reads <c>enable-snat-handler</c> of <c>submariner-global</c>
    /// when it starts (submariner#3577, release-0.20; inventory.md §4.4).</summary>
    internal static readonly (string Component, string ConfigMap, string Key)[] ApiConfigMapSettings =
        [(ComponentNames.Submariner, "submariner-global", "enable-snat-handler")];

    private readonly ConfigMapIndex _configMaps;
    private readonly InventoryDiagnostics _diagnostics;
    private readonly ContainerContext _context;
    private readonly string _component;
    private readonly IComponentSink _sink;

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
        var deriver = new ComponentSettingsDeriver(_component, containerName, this, _sink.Add);
        ReadEnv(deriver);
        ReadApiConfigMaps(deriver);
        deriver.AddFlags(CommandLineFlags.Parse(CommandLineFlags.Words(Arguments())));
        deriver.Finish();
    }

    /// <inheritdoc />
    public Provenance OfFlag(CommandLineFlag flag) => InventoryProvenance.At(_context.Owner, flag.Word.Field);

    /// <inheritdoc />
    public Provenance OfCommandLine(string detail)
        => InventoryProvenance.At(_context.Owner, detail.StartsWith("no --config", StringComparison.Ordinal) ? _context.Field : $"{_context.Field}.args", detail);

    /// <inheritdoc />
    public Provenance OfEnvironment(string detail) => InventoryProvenance.At(_context.Owner, $"{_context.Field}.env", detail);

    /// <inheritdoc />
    public SettingsFile? ReadFile(CommandLineFlag flag, string setting)
    {
        if (new PodConfigFiles(_configMaps, _context).Find(flag.Value) is { } file)
        {
            return file with { NamedBy = $"--{flag.Name}={flag.Value} in {_context.Owner} {flag.Word.Field}" };
        }

        Problem(setting, CollectionState.NotCollected,
            $"{_context.Owner} {flag.Word.Field}: --{flag.Name}={flag.Value} names a file that no ConfigMap of the inventory holds (no volumeMount with a ConfigMap covers it, and there is no ConfigMap {_context.Namespace}/kube-proxy with config.conf)");
        return null;
    }

    /// <inheritdoc />
    public void Problem(string setting, CollectionState state, string reason)
    {
        if (_diagnostics.IsFirst($"setting:{_component}/{setting}"))
        {
            _diagnostics.Warn(_context.Path, $"{reason}; {_component} {setting} is not known");
        }
    }

    private IEnumerable<(string Text, string Field)> Arguments()
    {
        foreach (var list in (string[])["command", "args"])
        {
            foreach (var (index, element) in JsonAccess.Elements(JsonAccess.Array(_context.Container, list)))
            {
                if (element.ValueKind == JsonValueKind.String)
                {
                    yield return (element.GetString()!, $"{_context.Field}.{list}[{index}]");
                }
            }
        }
    }

    private void ReadEnv(ComponentSettingsDeriver deriver)
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
                deriver.Add(name, value, InventoryProvenance.At(_context.Owner, field));
            }
            else if (JsonAccess.Object(env, "valueFrom") is { } valueFrom)
            {
                ReadValueFrom(deriver, name, valueFrom, field, index);
            }
            else
            {
                deriver.Add(name, string.Empty, InventoryProvenance.At(_context.Owner, field, "no value: empty"));
            }
        }
    }

    private void ReadApiConfigMaps(ComponentSettingsDeriver deriver)
    {
        foreach (var (component, mapName, key) in ApiConfigMapSettings.Where(s => s.Component == _component))
        {
            if (_configMaps.Find(_context.Namespace, mapName, key) is { } found)
            {
                deriver.Add(key, found.Value, InventoryProvenance.At(InventoryProvenance.ObjectRef("ConfigMap", _context.Namespace, mapName), $"data['{key}']",
                    $"read through the API by {component} in namespace {_context.Namespace} ({_context.Owner})"));
            }
        }
    }

    private string EnvPath(int index) => JsonPath.Index(JsonPath.Property(_context.Path, "env"), index);

    private void ReadValueFrom(ComponentSettingsDeriver deriver, string name, JsonElement valueFrom, string field, int index)
    {
        if (JsonAccess.Object(valueFrom, "configMapKeyRef") is { } reference
            && JsonAccess.String(reference, "name") is { } mapName
            && JsonAccess.String(reference, "key") is { } key)
        {
            if (_configMaps.Find(_context.Namespace, mapName, key) is { } found)
            {
                deriver.Add(name, found.Value, InventoryProvenance.At(InventoryProvenance.ObjectRef("ConfigMap", _context.Namespace, mapName), $"data['{key}']", $"env {name} of {_context.Owner} {field}"));
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
}
