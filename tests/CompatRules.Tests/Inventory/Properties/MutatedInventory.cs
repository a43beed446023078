using System.Text;
using System.Text.Json;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>A valid <c>kubectl get -o json</c> dump (one of <see cref="Fixtures"/>) with tree mutations applied,
/// then byte mutations applied to its serialized text.</summary>
/// <param name="Fixture">Which fixture, modulo their number; 0 is the smallest, where shrinking goes.</param>
/// <param name="Tree">The changes to the JSON tree, in order.</param>
/// <param name="Bytes">The changes to the bytes, in order, after the tree ones.</param>
public sealed record MutatedInventory(int Fixture, TreeMutation[] Tree, ByteMutation[] Bytes)
{
    /// <summary>The valid dumps the mutations start from, smallest first: the malformed-items fixture (a List whose
    /// items the reader warns about), the sample's first Node item as a document of its own (kind Node), and the
    /// sample cluster inventory (nodes, pods, DaemonSets, Deployments, ConfigMaps).</summary>
    public static IReadOnlyList<(string Name, JsonTree Root)> Fixtures { get; } = LoadFixtures();

    public (string Name, JsonTree Root) Start => Fixtures[Fixture % Fixtures.Count];

    /// <summary>The mutated document.</summary>
    public byte[] Render()
    {
        JsonTree? root = Start.Root.Clone();
        foreach (var mutation in Tree)
        {
            root = root is null ? null : mutation.Apply(root);
        }

        var bytes = root is null ? [] : Encoding.UTF8.GetBytes(root.ToJson());
        return Bytes.Aggregate(bytes, (current, mutation) => mutation.Apply(current));
    }

    public override string ToString()
        => $"{Start.Name}: " + string.Join("; ", Tree.Select(t => t.ToString()).Concat(Bytes.Select(b => b.ToString())).DefaultIfEmpty("unchanged"));

    private static List<(string, JsonTree)> LoadFixtures()
    {
        using var sample = JsonDocument.Parse(File.ReadAllBytes(InventoryJson.SamplePath));
        using var malformed = JsonDocument.Parse(File.ReadAllBytes(InventoryJson.FixturePath("malformed-items.json")));
        var node = sample.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "Node");
        return
        [
            ("malformed-items.json", JsonTree.From(malformed.RootElement)),
            ("sample Node item", JsonTree.From(node)),
            ("samples/cluster-inventory/inventory.json", JsonTree.From(sample.RootElement)),
        ];
    }
}
