using System.Text.Json;

namespace CompatRules.Inventory;

/// <summary>One container being read, with where it sits.</summary>
/// <param name="Owner">The object, such as <c>Pod/kube-system/calico-node-abc</c>.</param>
/// <param name="Namespace">The object's namespace.</param>
/// <param name="Metadata">The metadata with the labels that apply to the container's pod.</param>
/// <param name="PodSpec">The pod spec holding the container.</param>
/// <param name="Container">The container object.</param>
/// <param name="Path">The container's JSON path.</param>
/// <param name="Field">The container's field path inside the object, such as <c>spec.containers[0]</c>.</param>
/// <param name="IsMain">False for init containers.</param>
internal sealed record ContainerContext(string Owner, string? Namespace, JsonElement? Metadata, JsonElement PodSpec, JsonElement Container, string Path, string Field, bool IsMain);
