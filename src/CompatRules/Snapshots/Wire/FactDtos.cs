using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompatRules.Snapshots.Wire;

// The JSON shape of each fact kind in schema version 1. Every property is nullable so that the codecs, not the
// serializer, decide what is required and can say so with the path and an example of the expected value.

/// <summary>The members every fact object has: its kind first, its provenance last, unknown properties aside.</summary>
internal abstract class FactDto
{
    [JsonPropertyOrder(-1)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(1)]
    public ProvenanceDto? Provenance { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}

internal sealed class ProvenanceDto
{
    public string? Kind { get; set; }

    public string? Location { get; set; }

    public string? Detail { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownProperties { get; set; }
}

internal sealed class KernelDto : FactDto
{
    public string? Release { get; set; }

    public string? Architecture { get; set; }
}

internal sealed class KernelConfigDto : FactDto
{
    public Dictionary<string, string?>? Options { get; set; }
}

internal sealed class KernelModulesDto : FactDto
{
    public Dictionary<string, List<string?>?>? Modules { get; set; }
}

internal sealed class OsReleaseDto : FactDto
{
    public string? Id { get; set; }

    public string? VersionId { get; set; }

    public string? PrettyName { get; set; }

    public List<string?>? IdLike { get; set; }
}

internal sealed class IptablesDto : FactDto
{
    public string? Backend { get; set; }

    public List<string?>? Evidence { get; set; }

    public string? DecisionPath { get; set; }
}

internal sealed class ComponentDto : FactDto
{
    public string? Component { get; set; }

    public string? Version { get; set; }

    public string? Image { get; set; }
}

internal sealed class SettingDto : FactDto
{
    public string? Component { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }
}

internal sealed class PackageDto : FactDto
{
    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Architecture { get; set; }

    public string? Source { get; set; }
}

internal sealed class SocketDto : FactDto
{
    public string? Probe { get; set; }

    public string? Result { get; set; }

    public int? Errno { get; set; }

    public string? NetworkNamespace { get; set; }
}

internal sealed class SysctlDto : FactDto
{
    public string? Name { get; set; }

    // Written even when null: null is the fact that the parameter does not exist on this kernel.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Value { get; set; }
}

internal sealed class InterfaceDto : FactDto
{
    public string? Name { get; set; }

    // "kind" is the fact discriminator, so the link kind has its own name.
    public string? LinkKind { get; set; }

    public string? Parent { get; set; }

    public int? Mtu { get; set; }

    public Dictionary<string, bool>? Offloads { get; set; }
}

internal sealed class ClusterDto : FactDto
{
    public string? KubernetesVersion { get; set; }

    public string? Distribution { get; set; }

    public string? DistributionVersion { get; set; }
}

internal sealed class CapabilitiesDto : FactDto
{
    public string? Effective { get; set; }
}

internal sealed class CollectionStatusDto : FactDto
{
    public string? Subject { get; set; }

    public string? State { get; set; }

    public string? Reason { get; set; }
}
