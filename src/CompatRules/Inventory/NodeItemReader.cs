using CompatRules.Json;
using System.Text.Json;
using CompatRules.Facts;
using CompatRules.Versions;
using CompatRules.Text;

namespace CompatRules.Inventory;

/// <summary>Reads one <c>Node</c> item: kernel, OS image, kubelet and runtime versions, and the labels that mark a
/// distribution (inventory.md §2).</summary>
internal static class NodeItemReader
{
    /// <summary>The reason of a node's kernel and OS statuses without <c>status.nodeInfo</c>: the same for every node
    /// (the status is the node's already), so that a cluster's findings name it once, not once per node name.</summary>
    private const string NoNodeInfo = "the Node has no status.nodeInfo";

    public static NodeRecord? Read(JsonElement item, string path, InventoryDiagnostics diagnostics)
    {
        var name = JsonAccess.String(item, "metadata", "name");
        if (string.IsNullOrEmpty(name))
        {
            diagnostics.Warn(path, "the Node has no metadata.name; skipped");
            return null;
        }

        var node = new NodeRecord(name, path);
        var nodeRef = InventoryProvenance.NodeRef(name);
        var shownRef = InventoryProvenance.NodeRef(InputEcho.Cut(name));
        var labels = JsonAccess.Object(item, "metadata") is { } metadata ? JsonAccess.Object(metadata, "labels") : null;
        if (labels is { } l)
        {
            node.OpenShiftOsIdLabel = JsonAccess.String(l, "node.openshift.io/os_id");
            node.HasK0sRoleLabel = JsonAccess.String(l, "node.k0sproject.io/role") is not null;
        }

        var nodeInfo = JsonAccess.Object(item, "status") is { } status ? JsonAccess.Object(status, "nodeInfo") : null;
        if (nodeInfo is not { } info)
        {
            diagnostics.Warn(JsonPath.Property(path, "status"), $"{shownRef} has no status.nodeInfo object; kernel, OS and versions are unknown");
            node.NodeFacts.Add(new CollectionStatus(KernelInfo.FactKey, CollectionState.NotCollected, NoNodeInfo) { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo") });
            node.NodeFacts.Add(new CollectionStatus(OsRelease.FactKey, CollectionState.NotCollected, NoNodeInfo) { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo") });
            return node;
        }

        node.KubeletVersion = JsonAccess.String(info, "kubeletVersion");
        node.OsImage = JsonAccess.String(info, "osImage");
        node.ContainerRuntimeVersion = JsonAccess.String(info, "containerRuntimeVersion");
        var infoPath = JsonPath.Property(JsonPath.Property(path, "status"), "nodeInfo");

        var kernel = JsonAccess.String(info, "kernelVersion");
        var architecture = KernelArchitecture(JsonAccess.String(info, "architecture"));
        if (KernelVersion.TryParse(kernel, out var kernelVersion))
        {
            node.NodeFacts.Add(new KernelInfo(kernelVersion, architecture) { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo.kernelVersion") });
        }
        else
        {
            var reason = kernel is null ? $"status.nodeInfo.kernelVersion {JsonAccess.Absence(info, "kernelVersion", JsonValueKind.String)}" : $"status.nodeInfo.kernelVersion {InputEcho.Quote(kernel)} is not a kernel release";
            diagnostics.Warn(JsonPath.Property(infoPath, "kernelVersion"), $"{shownRef}: {reason}");
            node.NodeFacts.Add(new CollectionStatus(KernelInfo.FactKey, CollectionState.Error, reason) { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo.kernelVersion") });
        }

        if (!string.IsNullOrWhiteSpace(node.OsImage))
        {
            var os = OsImageClassifier.Classify(node.OsImage);
            node.NodeFacts.Add(os with { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo.osImage", "id and version guessed from the pretty name") });
        }
        else
        {
            node.NodeFacts.Add(new CollectionStatus(OsRelease.FactKey, CollectionState.NotCollected, $"status.nodeInfo.osImage {(node.OsImage is null ? JsonAccess.Absence(info, "osImage", JsonValueKind.String) : "is empty")}") { Provenance = InventoryProvenance.At(nodeRef, "status.nodeInfo.osImage") });
        }

        return node;
    }

    /// <summary>Kubelet reports Go's GOARCH; the kernel fact uses the kernel's machine name.</summary>
    private static string? KernelArchitecture(string? goArch) => goArch switch
    {
        null or "" => null,
        "amd64" => "x86_64",
        "arm64" => "aarch64",
        "386" => "i686",
        _ => goArch,
    };
}
