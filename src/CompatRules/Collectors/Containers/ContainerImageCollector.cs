using CompatRules.Collectors.Files;
using CompatRules.Facts;
using CompatRules.Inventory;
using CompatRules.Settings;

namespace CompatRules.Collectors.Containers;

/// <summary>
/// Finds the networking components running on the node from the containers the runtime runs: each running
/// container's OCI <c>config.json</c> under containerd's task directories names its image and pod (CRI annotations),
/// which gives a <see cref="ComponentVersion"/> per known component image (the same image catalogue as the cluster
/// inventory reader) and a <see cref="ComponentSetting"/> per environment variable and command-line flag of that
/// container, the value of a secret-looking one redacted (<see cref="SecretSettings"/>), plus what the config files
/// the flags name say (kube-proxy's <c>--config</c>, read through the container's mounts under the host root) and
/// the derived settings the rules read, by the same <see cref="ComponentSettingsDeriver"/> as the cluster inventory.
/// </summary>
/// <remarks>
/// Read-only, no API server and no runtime socket. containerd is read at its default state directory and at the
/// ones k3s/RKE2 and k0s use, CRI-O at <c>/run/containers/storage/overlay-containers/*/userdata/config.json</c> (its
/// annotations); Docker and other runtimes are not read, and then component versions stay
/// <see cref="CollectionState.NotCollected"/>. When every task directory found was read completely, the status
/// <c>component:*</c> is <see cref="CollectionState.Collected"/>: a component with no container on this node is
/// known to be absent here (its rules are NotApplicable for this node). A setting whose file cannot be read gets its
/// own status (<c>setting:kube-proxy/mode</c>) with the reason.
/// </remarks>
public sealed class ContainerImageCollector : ICollector
{
    /// <summary>The collector's name.</summary>
    public const string CollectorName = "containers";

    /// <summary>containerd's per-task state directories for the Kubernetes namespace: default, k3s/RKE2, k0s.</summary>
    internal static readonly string[] TaskDirectories =
    [
        "/run/containerd/io.containerd.runtime.v2.task/k8s.io",
        "/run/k3s/containerd/io.containerd.runtime.v2.task/k8s.io",
        "/run/k0s/containerd/io.containerd.runtime.v2.task/k8s.io",
    ];

    /// <summary>CRI-O's (containers/storage) per-container run directories, each with <c>userdata/config.json</c>.</summary>
    internal const string CrioContainers = "/run/containers/storage/overlay-containers";

    /// <summary>Where each runtime keeps one directory per container, and where its OCI config is inside it.</summary>
    private static readonly (string Directory, string Config)[] StateDirectories =
        [.. TaskDirectories.Select(d => (d, "config.json")), (CrioContainers, "userdata/config.json")];

    private static readonly string Subject = ComponentVersion.KeyPrefix + "*";

    /// <inheritdoc />
    public string Name => CollectorName;

    /// <inheritdoc />
    public IReadOnlyList<string> Subjects { get; } = [Subject];

    /// <inheritdoc />
    public Task<CollectorResult> CollectAsync(CollectorContext context, CancellationToken ct) => CollectorPreamble.Run(this, context, ct, Collect);

    private static CollectorResult Collect(CollectorScope scope, CancellationToken ct)
    {
        var (context, builder, reader) = (scope.Context, scope.Builder, scope.Host);
        var seen = new Seen();
        var listed = 0;
        (CollectionState State, string Reason)? problem = null;
        foreach (var (directory, configName) in StateDirectories)
        {
            var listing = reader.ListDirectory(directory);
            if (listing.State == CollectionState.Absent)
            {
                continue;
            }

            if (listing.State != CollectionState.Collected)
            {
                problem ??= (listing.State, listing.Reason!);
                continue;
            }

            listed++;
            foreach (var name in listing.Entries)
            {
                // Task ids are the runtime's to choose and need not be UTF-8: the path is kept as bytes.
                ct.ThrowIfCancellationRequested();
                var read = reader.ReadText(NodePath.Of(directory).Child(name).Child(configName));
                if (read.State == CollectionState.Absent || IsNotADirectory(read))
                {
                    continue; // a task starting or stopping, or a non-task entry (CRI-O's containers.lock)
                }

                if (!read.Ok)
                {
                    problem ??= (read.State, read.Reason!);
                    continue;
                }

                try
                {
                    var bundle = $"{directory}/{NodePath.Printable(name)}" + (configName.Contains('/', StringComparison.Ordinal) ? "/" + configName[..configName.LastIndexOf('/')] : string.Empty);
                    Add(scope, seen, ContainerConfigParser.Parse(read.Text!, read.Path), read.Path, bundle);
                }
                catch (CollectorParseException e)
                {
                    problem ??= (CollectionState.Error, e.Message);
                }
            }
        }

        if (problem is { } p)
        {
            builder.Status(Subject, p.State, p.Reason + "; the component list of this node is incomplete");
        }
        else if (listed == 0)
        {
            builder.Status(Subject, CollectionState.NotCollected,
                $"no containerd task directory or CRI-O container directory under {context.HostRoot.Resolve("/run")} (containerd, k3s, k0s, CRI-O); other container runtimes (Docker with cri-dockerd) are not read: "
                + "evaluate a cluster inventory or pass --assume component=version");
        }
        else
        {
            builder.Status(Subject, CollectionState.Collected);
        }

        return builder.Build();
    }

    /// <summary>A listing entry that is a file, not a container directory (ENOTDIR on the way to its config).</summary>
    private static bool IsNotADirectory(FileReadResult read) => read.Reason?.Contains("ENOTDIR", StringComparison.Ordinal) == true;

    private static void Add(CollectorScope scope, Seen seen, ContainerConfig container, string path, string bundle)
    {
        var builder = scope.Builder;
        if (container.IsSandbox || ImageReference.Parse(container.Image) is not { } image
            || ComponentCatalog.Match(image, container.Name ?? string.Empty, container.PodNamespace) is not { } known)
        {
            return;
        }

        var describe = $"container {container.PodNamespace}/{container.PodName}/{container.Name}, image {image.Original}";
        var provenance = Provenance.FromFile(path, describe);
        var version = image.Tag is { } tag ? ImageTagVersion.Read(tag, known.Policy) : null;
        if (seen.Versions.Add((known.Component, version?.Original)))
        {
            builder.AddFactOnly(new ComponentVersion(known.Component, version, image.Original) { Provenance = provenance });
        }

        var origin = new NodeSettingsOrigin(scope.Host, builder, container, path, bundle, describe, known.Component);
        var deriver = new ComponentSettingsDeriver(known.Component, container.Name ?? string.Empty, origin, setting =>
        {
            if (seen.Settings.Add((setting.Component, setting.Name, setting.Value)))
            {
                builder.AddFactOnly(setting);
            }
        });
        foreach (var (name, raw) in container.Environment)
        {
            deriver.Add(name, SecretSettings.ValueToReport(name, raw), provenance);
        }

        deriver.AddFlags(CommandLineFlags.Parse(CommandLineFlags.Words(container.Arguments.Select((a, i) => (a, $"process.args[{i}]")))));
        deriver.Finish();
    }

    /// <summary>What was reported already: several containers (and restarts) of one component report it once.</summary>
    private sealed class Seen
    {
        public HashSet<(string Component, string? Version)> Versions { get; } = [];

        public HashSet<(string Component, string Name, string Value)> Settings { get; } = [];
    }
}
