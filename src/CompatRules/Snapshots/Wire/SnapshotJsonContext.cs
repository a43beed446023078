using System.Text.Json.Serialization;

namespace CompatRules.Snapshots.Wire;

/// <summary>Source-generated serializer metadata for the snapshot's fact objects; no type is ever chosen from input.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    MaxDepth = 64)]
[JsonSerializable(typeof(KernelDto))]
[JsonSerializable(typeof(KernelConfigDto))]
[JsonSerializable(typeof(KernelModulesDto))]
[JsonSerializable(typeof(OsReleaseDto))]
[JsonSerializable(typeof(IptablesDto))]
[JsonSerializable(typeof(ComponentDto))]
[JsonSerializable(typeof(SettingDto))]
[JsonSerializable(typeof(PackageDto))]
[JsonSerializable(typeof(SocketDto))]
[JsonSerializable(typeof(SysctlDto))]
[JsonSerializable(typeof(InterfaceDto))]
[JsonSerializable(typeof(ClusterDto))]
[JsonSerializable(typeof(CapabilitiesDto))]
[JsonSerializable(typeof(CollectionStatusDto))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext
{
}
