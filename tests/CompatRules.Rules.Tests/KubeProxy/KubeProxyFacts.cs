using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Rules.Tests.KubeProxy;

/// <summary>Builds the facts the kube-proxy rule tests use.</summary>
internal static class KubeProxyFacts
{
    public static ComponentVersion KubeProxyAt(string version) => ComponentVersion.Of(ComponentNames.KubeProxy, version);

    public static ComponentVersion KubeProxyWithoutVersion() => new(ComponentNames.KubeProxy, null, "registry.k8s.io/kube-proxy:latest");

    public static ComponentSetting Mode(string mode) => new(ComponentNames.KubeProxy, "mode", mode);

    public static KernelInfo Kernel(string release) => KernelInfo.FromRelease(release);

    public static Sysctl ConnReuse(string? value) => new("net.ipv4.vs.conn_reuse_mode", value);

    public static IptablesMode Iptables(IptablesBackend backend) => new(backend, ["test"], "test");

    public static OsRelease Os(string id, string versionId, params string[] idLike) => new(id, versionId, null, [.. idLike]);

    public static FactSet Node(params Fact?[] facts) => FactSet.Create(facts.Where(f => f is not null).Cast<Fact>());

    public static string[] Sorted(ImmutableArray<string> keys) => [.. keys.Order(StringComparer.Ordinal)];
}
