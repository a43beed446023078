using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Versions;
using CompatRules.Text;

namespace CompatRules.Inventory;

/// <summary>Reads the containers of a pod spec (of a Pod, or of a Deployment's template): which known components
/// run, their versions from the image tags, and the settings of their main containers.</summary>
/// <remarks>Main containers are read before init containers, so the main container's image is the provenance when
/// both carry the same version (Calico's <c>install-cni</c>). Settings are read from main containers only.</remarks>
internal sealed class PodSpecReader
{
    private readonly ConfigMapIndex _configMaps;
    private readonly InventoryDiagnostics _diagnostics;

    // A DaemonSet's thousands of pods repeat the same few image references: parse each once per read.
    private readonly Dictionary<string, ImageReference?> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Tag, TagPolicy Policy), SoftwareVersion?> _versions = [];

    public PodSpecReader(ConfigMapIndex configMaps, InventoryDiagnostics diagnostics)
    {
        _configMaps = configMaps;
        _diagnostics = diagnostics;
    }

    /// <param name="owner">The object, such as <c>Pod/kube-system/calico-node-abc</c>.</param>
    /// <param name="ns">The object's namespace.</param>
    /// <param name="metadata">The metadata holding the labels (the pod's, or the template's).</param>
    /// <param name="spec">The pod spec.</param>
    /// <param name="specPath">The JSON path of <paramref name="spec"/>.</param>
    /// <param name="specField">The spec's field path inside the object, such as <c>spec</c>.</param>
    /// <param name="sink">Where the facts go.</param>
    /// <param name="readSettings">Whether to read env and args.</param>
    public void Read(string owner, string? ns, JsonElement? metadata, JsonElement spec, string specPath, string specField, IComponentSink sink, bool readSettings)
    {
        foreach (var field in (string[])["containers", "initContainers"])
        {
            if (JsonAccess.HasWrongKind(spec, field, JsonValueKind.Array))
            {
                _diagnostics.Warn(JsonPath.Property(specPath, field), $"{owner} {specField}.{field} is not an array; skipped");
                continue;
            }

            foreach (var (index, container) in JsonAccess.Elements(JsonAccess.Array(spec, field)))
            {
                var containerPath = JsonPath.Index(JsonPath.Property(specPath, field), index);
                var containerField = $"{specField}.{field}[{index}]";
                if (container.ValueKind != JsonValueKind.Object)
                {
                    _diagnostics.Warn(containerPath, $"{owner} {containerField} is {JsonKinds.Describe(container.ValueKind)}, expected an object; skipped");
                    continue;
                }

                ReadContainer(new ContainerContext(owner, ns, metadata, spec, container, containerPath, containerField, field == "containers"), sink, readSettings);
            }
        }
    }

    private void ReadContainer(ContainerContext context, IComponentSink sink, bool readSettings)
    {
        var imageText = JsonAccess.String(context.Container, "image");
        if (imageText is null)
        {
            return;
        }

        if (!_images.TryGetValue(imageText, out var image))
        {
            image = ImageReference.Parse(imageText);
            _images.Add(imageText, image);
        }

        if (image is null)
        {
            return;
        }

        if (image.Repository.StartsWith("k0sproject/", StringComparison.Ordinal))
        {
            sink.SawK0sImage();
        }

        var containerName = JsonAccess.String(context.Container, "name") ?? string.Empty;
        var known = ComponentCatalog.Match(image, containerName, context.Namespace);
        if (known is null)
        {
            return;
        }

        sink.Add(VersionOf(known, image, context));
        if (readSettings && context.IsMain)
        {
            new ContainerSettingsReader(_configMaps, _diagnostics, context, known.Component, sink).Read(containerName);
        }
    }

    private ComponentVersion VersionOf(ComponentImage known, ImageReference image, ContainerContext context)
    {
        var imageField = $"{context.Field}.image";
        var provenance = InventoryProvenance.At(context.Owner, imageField);
        if (image.Tag is { } tag)
        {
            if (!_versions.TryGetValue((tag, known.Policy), out var version))
            {
                version = ImageTagVersion.Read(tag, known.Policy);
                _versions.Add((tag, known.Policy), version);
            }

            if (version is not null)
            {
                return new ComponentVersion(known.Component, version, image.Original) { Provenance = provenance };
            }

            if (_diagnostics.IsFirst("tag:" + image.Original))
            {
                _diagnostics.Warn(JsonPath.Property(context.Path, "image"), $"{context.Owner}: image {InputEcho.Quote(image.Original)} has the tag {InputEcho.Quote(tag)}, which is not a version; {known.Component} is recorded without a version");
            }

            return new ComponentVersion(known.Component, null, image.Original) { Provenance = provenance with { Detail = $"tag {InputEcho.Quote(tag)} is not a version" } };
        }

        if (known.Component == ComponentNames.Spiderpool
            && context.Metadata is { } metadata
            && JsonAccess.Object(metadata, "labels") is { } labels
            && SoftwareVersion.TryParse(JsonAccess.String(labels, "app.kubernetes.io/version"), out var labelled))
        {
            var labelField = context.Field.StartsWith("spec.template", StringComparison.Ordinal) ? "spec.template.metadata.labels" : "metadata.labels";
            return new ComponentVersion(known.Component, labelled, image.Original)
            {
                Provenance = InventoryProvenance.At(context.Owner, $"{labelField}['app.kubernetes.io/version']", $"image '{image.Original}' has no tag"),
            };
        }

        var why = image.Digest is null ? "no tag (it means latest)" : "only a digest";
        if (_diagnostics.IsFirst("tag:" + image.Original))
        {
            _diagnostics.Warn(JsonPath.Property(context.Path, "image"), $"{context.Owner}: image '{image.Original}' has {why}; {known.Component} is recorded without a version");
        }

        return new ComponentVersion(known.Component, null, image.Original) { Provenance = provenance with { Detail = $"image has {why}" } };
    }
}
