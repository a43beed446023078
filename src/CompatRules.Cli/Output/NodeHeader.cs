using CompatRules.Collectors.Containers;
using CompatRules.Facts;
using CompatRules.Text;

namespace CompatRules.Cli.Output;

/// <summary>The few lines under a node's name in the table that say what was found before what it means: kernel,
/// OS, iptables backend, container runtime, the components running and, when known, the cluster. A fact that is not
/// in the set says why (its collection status), never a guess.</summary>
internal static class NodeHeader
{
    /// <summary>The host packages that are a container runtime (or its low-level runtime), by the names Debian,
    /// Ubuntu, RHEL and Fedora give them.</summary>
    private static readonly string[] RuntimePackages = ["containerd", "containerd.io", "cri-o", "docker-ce", "docker.io", "moby-engine", "runc", "crun"];

    /// <summary>Where the containers collector reads containers from; a component's provenance names one.</summary>
    private static readonly string[] ContainerStateDirectories = [.. ContainerImageCollector.TaskDirectories, ContainerImageCollector.CrioContainers];

    /// <summary>Writes the header lines of <paramref name="facts"/>, each value from the input cut to a short prefix
    /// with its length when long, every line escaped for the terminal.</summary>
    /// <param name="facts">The facts the node's report was evaluated from.</param>
    /// <param name="writer">The table.</param>
    public static void Write(FactSet facts, TextWriter writer)
    {
        Line(writer, "kernel", facts.OfType<KernelInfo>().FirstOrDefault() is { } kernel
            ? Cut(kernel.Release) + (kernel.Architecture is null ? string.Empty : $" ({Cut(kernel.Architecture)})") + Assumed(kernel)
            : NotKnown(facts, KernelInfo.FactKey));
        Line(writer, "os", facts.OfType<OsRelease>().FirstOrDefault() is { } os
            ? Cut(os.PrettyName ?? $"{os.Id} {os.VersionId}".TrimEnd())
            : NotKnown(facts, OsRelease.FactKey));
        Line(writer, "iptables", facts.OfType<IptablesMode>().FirstOrDefault() is { } iptables
            ? $"{iptables.Backend.ToString().ToLowerInvariant()} ({Cut(iptables.DecisionPath)})"
            : NotKnown(facts, IptablesMode.FactKey));
        Line(writer, "runtime", Runtime(facts));
        var components = facts.OfType<ComponentVersion>().Select(c => Cut(c.Describe()) + Assumed(c)).ToList();
        Line(writer, "components", components.Count > 0
            ? string.Join(", ", components)
            : "none found" + (Status(facts, ComponentVersion.KeyFor("any")) is { State: not CollectionState.Collected } status ? $" ({status.Subject} {status.State})" : string.Empty));
        if (facts.OfType<ClusterInfo>().FirstOrDefault() is { } cluster)
        {
            Line(writer, "cluster", Cut(cluster.Describe()));
        }
    }

    /// <summary>The runtime's host packages, then where the containers were read from, or why they were not.</summary>
    private static string Runtime(FactSet facts)
    {
        var packages = facts.OfType<HostPackage>().Where(p => RuntimePackages.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => $"{Cut(p.Name)} {Cut(p.Version.Original)}").ToList();
        var read = facts.OfType<ComponentVersion>()
            .Select(c => ContainerStateDirectories.FirstOrDefault(d => c.Provenance.Location.Contains(d, StringComparison.Ordinal)))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var containers = read.Count > 0
            ? "containers read from " + string.Join(", ", read)
            : Status(facts, ComponentVersion.KeyFor("any")) is { State: not CollectionState.Collected } status
                ? $"containers not read ({status.State})"
                : "no container of a known component";
        return packages.Count > 0 ? $"{string.Join(", ", packages)} (host packages); {containers}" : containers;
    }

    private static string Assumed(Fact fact) => fact.Provenance.Kind == SourceKind.User ? $" [{Cut(fact.Provenance.ToString())}]" : string.Empty;

    private static string Cut(string value) => InputEcho.Cut(value);

    private static string NotKnown(FactSet facts, string key)
        => Status(facts, key) is { } status ? $"not known ({status.State})" : "not known (not in the facts)";

    private static CollectionStatus? Status(FactSet facts, string key) => facts.OfType<CollectionStatus>().FirstOrDefault(s => s.Covers(key));

    private static void Line(TextWriter writer, string name, string value) => writer.WriteLine($"  {name,-11} {VisibleText.Terminal(value)}");
}
