using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Versions;

namespace CompatRules.Inventory;

/// <summary>Reads DaemonSets and Deployments: the OpenShift release they carry (inventory.md §4.8), and the
/// components of Deployments, which are cluster-wide controllers given to every node.</summary>
/// <remarks>DaemonSet templates are not projected onto nodes: whether a DaemonSet covers a node depends on node
/// selectors, affinity and taints, which this reader does not evaluate. Its pods say where it runs.</remarks>
internal sealed class WorkloadItemReader
{
    private const string OpenShiftReleaseAnnotation = "release.openshift.io/version";

    private readonly PodSpecReader _podSpecs;
    private readonly ClusterHints _hints;
    private readonly InventoryDiagnostics _diagnostics;

    public WorkloadItemReader(PodSpecReader podSpecs, ClusterHints hints, InventoryDiagnostics diagnostics)
    {
        _podSpecs = podSpecs;
        _hints = hints;
        _diagnostics = diagnostics;
    }

    public void Read(JsonElement item, string path, string kind)
    {
        var metadata = JsonAccess.Object(item, "metadata")!.Value;
        var name = JsonAccess.String(metadata, "name");
        if (string.IsNullOrEmpty(name))
        {
            _diagnostics.Warn(path, $"the {kind} has no metadata.name; skipped");
            return;
        }

        var ns = JsonAccess.String(metadata, "namespace");
        var objectRef = InventoryProvenance.ObjectRef(kind, ns, name);
        if (kind == "DaemonSet" && ns == "openshift-ovn-kubernetes" && name == "ovnkube-node"
            && JsonAccess.Object(metadata, "annotations") is { } annotations
            && JsonAccess.String(annotations, OpenShiftReleaseAnnotation) is { } annotated)
        {
            SetOpenShiftRelease(annotated, InventoryProvenance.At(objectRef, $"metadata.annotations['{OpenShiftReleaseAnnotation}']"));
        }

        var template = JsonAccess.Object(item, "spec") is { } spec ? JsonAccess.Object(spec, "template") : null;
        var podSpec = template is { } t ? JsonAccess.Object(t, "spec") : null;
        if (podSpec is not { } pod)
        {
            _diagnostics.Warn(JsonPath.Property(path, "spec"), $"{objectRef} has no spec.template.spec; skipped");
            return;
        }

        if (kind != "Deployment")
        {
            return;
        }

        if (ns == "openshift-network-operator" && name == "network-operator")
        {
            ReadReleaseVersion(pod, objectRef);
        }

        var specPath = JsonPath.Property(JsonPath.Property(JsonPath.Property(path, "spec"), "template"), "spec");
        _podSpecs.Read(objectRef, ns, JsonAccess.Object(template!.Value, "metadata"), pod, specPath, "spec.template.spec", new ClusterComponentSink(_hints), readSettings: false);
    }

    private void ReadReleaseVersion(JsonElement podSpec, string objectRef)
    {
        foreach (var (containerIndex, container) in JsonAccess.Elements(JsonAccess.Array(podSpec, "containers")))
        {
            foreach (var (envIndex, env) in JsonAccess.Elements(JsonAccess.Array(container, "env")))
            {
                if (JsonAccess.String(env, "name") == "RELEASE_VERSION" && JsonAccess.String(env, "value") is { } value)
                {
                    SetOpenShiftRelease(value, InventoryProvenance.At(objectRef, $"spec.template.spec.containers[{containerIndex}].env[{envIndex}]"));
                }
            }
        }
    }

    private void SetOpenShiftRelease(string text, Provenance provenance)
    {
        // The manifest placeholder 0.0.1-snapshot is replaced by the release name only in built payloads.
        if (_hints.OpenShiftRelease is null && SoftwareVersion.TryParse(text, out var version) && version.Major == 4)
        {
            _hints.OpenShiftRelease = (version, provenance with { Detail = text });
        }
    }

    /// <summary>Gives every component of a Deployment to the whole cluster, marking its provenance.</summary>
    internal sealed class ClusterComponentSink(ClusterHints hints) : IComponentSink
    {
        public void Add(ComponentVersion component)
            => hints.AddClusterComponent(component with { Provenance = component.Provenance with { Detail = Combine(component.Provenance.Detail) } });

        public void Add(ComponentSetting setting)
        {
        }

        public void SawK0sImage()
        {
        }

        private static string Combine(string? detail)
            => detail is null ? "cluster-wide controller: given to every node" : $"{detail}; cluster-wide controller: given to every node";
    }
}
