using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Rules.Tests.Calico;

/// <summary>Builds the facts the Calico rule tests use.</summary>
internal static class CalicoFacts
{
    public const string Feature = "tx-checksum-ip-generic";

    public static ComponentVersion CalicoAt(string version) => ComponentVersion.Of(ComponentNames.Calico, version);

    public static ComponentVersion CalicoWithoutVersion() => new(ComponentNames.Calico, null, "quay.io/calico/node:master");

    public static ComponentSetting Encapsulation(string value) => new(ComponentNames.Calico, "encapsulation", value);

    public static ComponentSetting Setting(string name, string value) => new(ComponentNames.Calico, name, value);

    public static KernelInfo Kernel(string release) => KernelInfo.FromRelease(release);

    public static NetworkInterface Tunnel(string name, bool? offloadOn)
        => new(name, name == "tunl0" ? "ipip" : "vxlan", "eth0", 1450, offloadOn is null ? null : ImmutableDictionary<string, bool>.Empty.Add(Feature, offloadOn.Value));

    public static KernelModules Loaded(params string[] modules)
        => new(modules.ToImmutableDictionary(m => m, _ => ModuleEvidence.Loaded));

    public static IptablesMode Iptables(IptablesBackend backend) => new(backend, ["test"], "test");

    public static OsRelease Os(string id, string versionId, params string[] idLike) => new(id, versionId, null, [.. idLike]);

    public static FactSet Node(params Fact?[] facts) => FactSet.Create(facts.Where(f => f is not null).Cast<Fact>());

    public static string[] Sorted(ImmutableArray<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
