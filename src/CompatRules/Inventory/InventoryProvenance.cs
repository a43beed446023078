using CompatRules.Facts;

namespace CompatRules.Inventory;

/// <summary>Builds the provenance of inventory facts: <c>Node/worker-1 status.nodeInfo.kernelVersion</c>,
/// <c>Pod/kube-system/calico-node-abc spec.containers[0].image</c>.</summary>
internal static class InventoryProvenance
{
    public static Provenance At(string objectRef, string field, string? detail = null)
        => new(SourceKind.Inventory, $"{objectRef} {field}", detail);

    public static string NodeRef(string name) => $"Node/{name}";

    public static string ObjectRef(string kind, string? ns, string name)
        => ns is null ? $"{kind}/{name}" : $"{kind}/{ns}/{name}";
}
