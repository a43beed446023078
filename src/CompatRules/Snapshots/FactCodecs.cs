using System.Collections.Immutable;
using System.Collections.Frozen;
using CompatRules.Facts;
using CompatRules.Snapshots.Wire;
using CompatRules.Versions;

namespace CompatRules.Snapshots;

/// <summary>Every fact kind of snapshot schema version 1: its name, its record and its JSON properties.</summary>
/// <remarks>The kind names are ours and fixed; they are never type names. Adding a kind here needs the same kind in
/// <c>docs/facts-snapshot.schema.json</c> (a test checks it) and in <c>docs/facts-snapshot.md</c>.</remarks>
internal static class FactCodecs
{
    private static readonly SnapshotJsonContext Json = SnapshotJsonContext.Default;

    public static IReadOnlyList<FactCodec> All { get; } =
    [
        new FactCodec<KernelInfo, KernelDto>(
            "kernel",
            Json.KernelDto,
            f => new KernelDto { Release = f.Release, Architecture = f.Architecture },
            (d, r) => new KernelInfo(r.KernelRelease(d.Release, "release"), d.Architecture),
            Expect(("release", "a kernel release such as 5.15.0-91-generic"), ("architecture", "a string such as x86_64, or null"))),
        new FactCodec<KernelConfig, KernelConfigDto>(
            "kernel-config",
            Json.KernelConfigDto,
            f => new KernelConfigDto { Options = Sorted(f.Options).ToDictionary(p => p.Key, p => (string?)p.Value) },
            (d, r) => new KernelConfig(r.StringMap(d.Options, "options")),
            Expect(("options", "an object of CONFIG_ option names to string values such as \"y\", \"m\" or \"64\""))),
        new FactCodec<KernelModules, KernelModulesDto>(
            "kernel-modules",
            Json.KernelModulesDto,
            f => new KernelModulesDto { Modules = Sorted(f.Modules).ToDictionary(p => p.Key, p => (List<string?>?)EvidenceNames(p.Value)) },
            (d, r) => new KernelModules(r.ModuleMap(d.Modules, "modules")),
            Expect(("modules", $"an object of module names to arrays of evidence, each one of {NamesOf<ModuleEvidence>(skipFirst: true)}"))),
        new FactCodec<OsRelease, OsReleaseDto>(
            "os-release",
            Json.OsReleaseDto,
            f => new OsReleaseDto { Id = f.Id, VersionId = f.VersionId, PrettyName = f.PrettyName, IdLike = f.IdLike.IsDefaultOrEmpty ? null : [.. f.IdLike] },
            (d, r) => new OsRelease(r.Required(d.Id, "id"), d.VersionId, d.PrettyName, r.Strings(d.IdLike, "idLike")),
            Expect(
                ("id", "the os-release ID as a string, such as ubuntu"),
                ("versionId", "the VERSION_ID as a string such as \"22.04\", or null"),
                ("prettyName", "the PRETTY_NAME as a string, or null"),
                ("idLike", "an array of ID_LIKE words such as [\"rhel\", \"fedora\"]"))),
        new FactCodec<IptablesMode, IptablesDto>(
            "iptables",
            Json.IptablesDto,
            f => new IptablesDto { Backend = WireEnum<IptablesBackend>.NameOf(f.Backend), Evidence = f.Evidence.IsDefault ? [] : [.. f.Evidence], DecisionPath = f.DecisionPath },
            (d, r) => new IptablesMode(r.RequiredEnum<IptablesBackend>(d.Backend, "backend"), r.Strings(d.Evidence, "evidence"), r.Required(d.DecisionPath, "decisionPath")),
            Expect(
                ("backend", $"one of {NamesOf<IptablesBackend>()}"),
                ("evidence", "an array of strings, one observation each"),
                ("decisionPath", "a string naming the decision step that settled the backend"))),
        new FactCodec<ComponentVersion, ComponentDto>(
            "component",
            Json.ComponentDto,
            f => new ComponentDto { Component = f.Component, Version = f.Version?.Original, Image = f.Image },
            (d, r) => new ComponentVersion(r.Required(d.Component, "component"), r.OptionalVersion(d.Version, "version"), d.Image),
            Expect(
                ("component", "a component name string such as calico"),
                ("version", "a version string such as v3.28.1 or v1.31.4+rke2r1, or null"),
                ("image", "a container image reference string, or null"))),
        new FactCodec<ComponentSetting, SettingDto>(
            "setting",
            Json.SettingDto,
            f => new SettingDto { Component = f.Component, Name = f.Name, Value = f.Value },
            (d, r) => new ComponentSetting(r.Required(d.Component, "component"), r.Required(d.Name, "name"), r.Required(d.Value, "value")),
            Expect(
                ("component", "a component name string such as kube-ovn"),
                ("name", "a setting name string such as ENABLE_TPROXY"),
                ("value", "the setting's value as a string, such as \"true\""))),
        new FactCodec<HostPackage, PackageDto>(
            "package",
            Json.PackageDto,
            f => new PackageDto { Name = f.Name, Version = f.Version.Original, Architecture = f.Architecture, Source = WireEnum<PackageSource>.NameOf(f.Source) },
            (d, r) =>
            {
                var source = r.RequiredEnum<PackageSource>(d.Source, "source");
                return new HostPackage(r.Required(d.Name, "name"), r.PackageVersion(d.Version, source == PackageSource.Dpkg ? PackageVersionScheme.Dpkg : PackageVersionScheme.Rpm, "version"), d.Architecture, source);
            },
            Expect(
                ("name", "a package name string such as iptables-nft"),
                ("version", "the package version as its source writes it, such as 1.8.7-1ubuntu5.2 (dpkg) or 1.8.10-11.el9_5 (rpm)"),
                ("architecture", "a string such as amd64 or x86_64, or null"),
                ("source", $"one of {NamesOf<PackageSource>()}"))),
        new FactCodec<SocketCapability, SocketDto>(
            "socket",
            Json.SocketDto,
            f => new SocketDto { Probe = f.Probe, Result = WireEnum<ProbeResult>.NameOf(f.Result), Errno = f.Errno, NetworkNamespace = f.NetworkNamespace },
            (d, r) => new SocketCapability(r.Required(d.Probe, "probe"), r.RequiredEnum<ProbeResult>(d.Result, "result"), d.Errno, d.NetworkNamespace),
            Expect(
                ("probe", "a probe name string such as mptcp-ip-transparent"),
                ("result", $"one of {NamesOf<ProbeResult>()}"),
                ("errno", "a whole number errno such as 95, or null"),
                ("networkNamespace", "a string such as net:[4026531833], or null"))),
        new FactCodec<Sysctl, SysctlDto>(
            "sysctl",
            Json.SysctlDto,
            f => new SysctlDto { Name = f.Name, Value = f.Value },
            (d, r) => new Sysctl(r.Required(d.Name, "name"), d.Value),
            Expect(
                ("name", "a dotted parameter name string such as net.ipv4.ip_forward"),
                ("value", "the value as a string such as \"1\", or null when the parameter does not exist"))),
        new FactCodec<NetworkInterface, InterfaceDto>(
            "interface",
            Json.InterfaceDto,
            f => new InterfaceDto { Name = f.Name, LinkKind = f.Kind, Parent = f.Parent, Mtu = f.Mtu, Offloads = f.Offloads is null ? null : Sorted(f.Offloads).ToDictionary() },
            (d, r) => new NetworkInterface(r.Required(d.Name, "name"), d.LinkKind, d.Parent, d.Mtu, d.Offloads?.ToImmutableDictionary(StringComparer.Ordinal)),
            Expect(
                ("name", "an interface name string such as vxlan.calico"),
                ("linkKind", "a link kind string such as vxlan, or null for a physical device"),
                ("parent", "the parent device name as a string, or null"),
                ("mtu", "a whole number MTU such as 1450, or null"),
                ("offloads", "an object of offload feature names to true or false"))),
        new FactCodec<ClusterInfo, ClusterDto>(
            "cluster",
            Json.ClusterDto,
            f => new ClusterDto { KubernetesVersion = f.KubernetesVersion?.Original, Distribution = f.Distribution, DistributionVersion = f.DistributionVersion?.Original },
            (d, r) => new ClusterInfo(r.OptionalVersion(d.KubernetesVersion, "kubernetesVersion"), r.Required(d.Distribution, "distribution"), r.OptionalVersion(d.DistributionVersion, "distributionVersion")),
            Expect(
                ("kubernetesVersion", "a version string such as v1.31.4, or null"),
                ("distribution", "a distribution name string such as kubernetes, openshift, rke2, k3s, k0s or eks"),
                ("distributionVersion", "a version string such as 4.18.10 or v1.31.2+k0s.0, or null"))),
        new FactCodec<ProcessCapabilities, CapabilitiesDto>(
            "capabilities",
            Json.CapabilitiesDto,
            f => new CapabilitiesDto { Effective = f.Effective.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) },
            (d, r) => new ProcessCapabilities(r.HexMask(d.Effective, "effective")),
            Expect(("effective", "the CapEff mask as 1 to 16 hexadecimal digits, such as \"000001ffffffffff\""))),
        new FactCodec<CollectionStatus, CollectionStatusDto>(
            "collection-status",
            Json.CollectionStatusDto,
            f => new CollectionStatusDto { Subject = f.Subject, State = WireEnum<CollectionState>.NameOf(f.State), Reason = f.Reason },
            (d, r) => new CollectionStatus(r.Required(d.Subject, "subject"), r.RequiredEnum<CollectionState>(d.State, "state"), d.Reason),
            Expect(
                ("subject", "a fact key or key prefix string such as iptables or component:*"),
                ("state", $"one of {NamesOf<CollectionState>()}"),
                ("reason", "a string saying why, or null"))),
    ];

    public static FrozenDictionary<string, FactCodec> ByKind { get; } = All.ToFrozenDictionary(c => c.Kind, StringComparer.Ordinal);

    public static FrozenDictionary<Type, FactCodec> ByFactType { get; } = All.ToFrozenDictionary(c => c.FactType);

    public static IReadOnlyList<string> Kinds { get; } = All.Select(c => c.Kind).ToArray();

    private static IEnumerable<KeyValuePair<string, TValue>> Sorted<TValue>(IEnumerable<KeyValuePair<string, TValue>> map)
        => map.OrderBy(p => p.Key, StringComparer.Ordinal);

    private static List<string?> EvidenceNames(ModuleEvidence evidence)
        => Enum.GetValues<ModuleEvidence>().Where(flag => flag != ModuleEvidence.None && evidence.HasFlag(flag)).Select(flag => (string?)WireEnum<ModuleEvidence>.NameOf(flag)).ToList();

    private static string NamesOf<TEnum>(bool skipFirst = false)
        where TEnum : struct, Enum
        => string.Join(", ", WireEnum<TEnum>.Names.Skip(skipFirst ? 1 : 0));

    private static Dictionary<string, string> Expect(params (string Property, string Expected)[] rows)
        => rows.ToDictionary(r => r.Property, r => r.Expected, StringComparer.Ordinal);
}
