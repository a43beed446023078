using System.Text;
using CompatRules.Facts;
using CompatRules.Inventory;
using static CompatRules.Tests.Inventory.InventoryJson;

namespace CompatRules.Tests.Inventory;

/// <summary><see cref="ClusterInventory.ReadNodes"/> builds a node's facts only when the enumeration reaches it
/// (seen through the warnings of each node's pods, which appear as their node is built), and yields what
/// <see cref="ClusterInventory.Read"/> returns.</summary>
public class ClusterInventoryNodeStreamTest
{
    private static readonly string Json = List(
        Node("node-c"),
        Node("node-a"),
        Node("node-b"),
        Pod("kube-system", "calico-node-c", "node-c", Container("calico-node", "quay.io/calico/node:tag-c"), ownerName: "calico-node"),
        Pod("kube-system", "calico-node-a", "node-a", Container("calico-node", "quay.io/calico/node:tag-a"), ownerName: "calico-node"),
        Pod("kube-system", "calico-node-b", "node-b", Container("calico-node", "quay.io/calico/node:tag-b"), ownerName: "calico-node"));

    [Fact]
    public void ReadNodes_Enumerated_EachNodesPodsReadWhenItsNodeIsReached()
    {
        using var nodes = ClusterInventory.ReadNodes(new MemoryStream(Encoding.UTF8.GetBytes(Json)), "test.json");
        Assert.Equal(3, nodes.Count);
        Assert.Equal([], TagWarnings(nodes));

        using var enumerator = nodes.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Equal("node-a", enumerator.Current.Subject);
        Assert.Equal(["tag-a"], TagWarnings(nodes));

        Assert.True(enumerator.MoveNext());
        Assert.Equal("node-b", enumerator.Current.Subject);
        Assert.Equal(["tag-a", "tag-b"], TagWarnings(nodes));

        Assert.True(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        Assert.Equal(["tag-a", "tag-b", "tag-c"], TagWarnings(nodes).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadNodes_EnumeratedToTheEnd_SameNodesFactsAndWarningsAsRead()
    {
        var whole = Read(Json);
        using var nodes = ClusterInventory.ReadNodes(new MemoryStream(Encoding.UTF8.GetBytes(Json)), "test.json");
        var streamed = nodes.ToList();

        Assert.Equal(whole.Nodes.Select(n => n.Subject), streamed.Select(n => n.Subject));
        Assert.Equal(whole.Nodes.Select(Describe), streamed.Select(Describe));
        Assert.Equal(whole.Warnings, nodes.Warnings);
    }

    [Fact]
    public void ReadNodes_EnumeratedTwice_Throws()
    {
        using var nodes = ClusterInventory.ReadNodes(new MemoryStream(Encoding.UTF8.GetBytes(Json)), "test.json");
        _ = nodes.ToList();

        Assert.Throws<InvalidOperationException>(() => nodes.GetEnumerator());
    }

    [Fact]
    public void ReadNodes_BrokenDocument_ThrowsBeforeAnyNode()
    {
        var error = Assert.Throws<InventoryFormatException>(() => ClusterInventory.ReadNodes(new MemoryStream(Encoding.UTF8.GetBytes("{\"kind\":\"Pod\"}")), "test.json"));

        Assert.Equal("$.kind", error.JsonPath);
    }

    private static string[] TagWarnings(InventoryNodeStream nodes)
        => [.. nodes.Warnings.Select(w => w.Message).Where(m => m.Contains("which is not a version", StringComparison.Ordinal))
            .Select(m => m[(m.IndexOf("has the tag '", StringComparison.Ordinal) + 13)..m.IndexOf("', which", StringComparison.Ordinal)])];

    private static string Describe(FactSet facts) => string.Join("\n", facts.Select(f => $"{f.GetType().Name} {f} {f.Provenance?.Location}"));
}
