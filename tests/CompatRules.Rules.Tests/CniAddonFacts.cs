using System.Collections.Immutable;
using CompatRules.Facts;

namespace CompatRules.Rules.Tests;

/// <summary>Builds the facts the Kube-OVN, Submariner, k0s and Spiderpool rule tests feed the engine.</summary>
internal static class CniAddonFacts
{
    /// <summary>A component with a version, such as kube-ovn v1.14.0.</summary>
    public static ComponentVersion Component(string component, string version) => ComponentVersion.Of(component, version);

    /// <summary>A component whose version could not be read (a digest-pinned image).</summary>
    public static ComponentVersion VersionlessComponent(string component) => new(component, null, component + "@sha256:0123");

    /// <summary>A component setting.</summary>
    public static ComponentSetting Setting(string component, string name, string value) => new(component, name, value);

    /// <summary>A kernel, from its release string.</summary>
    public static KernelInfo Kernel(string release) => KernelInfo.FromRelease(release);

    /// <summary>The mptcp-ip-transparent socket probe result.</summary>
    public static SocketCapability MptcpTransparentProbe(ProbeResult result) => new(SocketProbes.MptcpIpTransparent, result);

    /// <summary>A kernel configuration with the given options built in (<c>=y</c>).</summary>
    public static KernelConfig KernelConfigWith(params string[] builtIn)
        => new(builtIn.ToImmutableDictionary(o => o, _ => "y"));

    /// <summary>Kernel modules, each loaded.</summary>
    public static KernelModules Loaded(params string[] modules)
        => new(modules.ToImmutableDictionary(m => m, _ => ModuleEvidence.Loaded));

    /// <summary>An OpenShift cluster of the given OCP version.</summary>
    public static ClusterInfo OpenShift(string version) => new(null, ClusterDistributions.OpenShift, Versions.SoftwareVersion.Parse(version));

    /// <summary>The iptables backend the collector decided on.</summary>
    public static IptablesMode Iptables(IptablesBackend backend) => new(backend, ["test"], "test");

    /// <summary>An os-release with its id, version and ID_LIKE words.</summary>
    public static OsRelease Os(string id, string versionId, params string[] idLike) => new(id, versionId, null, [.. idLike]);

    /// <summary>A collector's word that every fact under <paramref name="subject"/> was collected.</summary>
    public static CollectionStatus Collected(string subject) => new(subject, CollectionState.Collected);

    /// <summary>The facts minus every fact whose key is <paramref name="key"/>.</summary>
    public static Fact[] Without(this IEnumerable<Fact> facts, string key) => [.. facts.Where(f => f.Key != key)];

    /// <summary>The facts with <paramref name="fact"/> replacing those of the same key.</summary>
    public static Fact[] Replacing(this IEnumerable<Fact> facts, Fact fact) => [.. facts.Where(f => f.Key != fact.Key), fact];
}
