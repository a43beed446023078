using CompatRules.Tests.Snapshots.Properties;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>What a tree mutation does to the value it picks.</summary>
public enum TreeEdit
{
    /// <summary>Remove the value (a property or an item); at the root, the document becomes empty.</summary>
    Delete,

    /// <summary>Write the value twice: an item again after itself, a property again with the same name.</summary>
    Duplicate,

    /// <summary>Replace the value by one of another type or an extreme (<see cref="TreeMutation.Replacements"/>).</summary>
    Retype,

    /// <summary>Replace the value by a hostile string.</summary>
    HostileString,

    /// <summary>Rename the property holding the value: to a hostile string, or to a name the reader looks for.</summary>
    RenameKey,

    /// <summary>Replace the value by a copy of another value of the document.</summary>
    CopyOther,
}

/// <summary>A change to the value at position <paramref name="Target"/> (modulo the number of values, in document
/// order). <paramref name="Choice"/> picks the replacement, name or other value; <paramref name="Text"/> is the
/// hostile string where the edit uses one.</summary>
public sealed record TreeMutation(TreeEdit Edit, int Target, int Choice, string Text)
{
    /// <summary>The values <see cref="TreeEdit.Retype"/> puts in: other types, extreme and non-integral numbers, a
    /// nesting deeper than <c>InventoryOptions.MaxDepth</c> (64) and one just inside it.</summary>
    public static IReadOnlyList<string> Replacements { get; } =
    [
        "null", "true", "false", "0", "-0", "-1", "1.5", "1e309", "-1e309", "18446744073709551616", "2147483648", "\"\"", "{}", "[]",
        new string('[', 70) + new string(']', 70), new string('[', 40) + new string(']', 40), "{\"kind\":\"Node\"}", "[{}]",
    ];

    /// <summary>The property names <see cref="TreeEdit.RenameKey"/> uses, so that renames make duplicates and
    /// missing or misplaced members that the reader looks for.</summary>
    public static IReadOnlyList<string> KnownNames { get; } =
    [
        "kind", "apiVersion", "metadata", "items", "name", "namespace", "labels", "annotations", "status", "nodeInfo", "kernelVersion",
        "osImage", "spec", "nodeName", "containers", "image", "args", "command", "env", "data", "ownerReferences", "controller",
    ];

    /// <summary>Applies the mutation; returns the new root (null for an empty document).</summary>
    public JsonTree? Apply(JsonTree root)
    {
        var places = Places(root);
        var (node, parent, index) = places[Target % places.Count];
        switch (Edit)
        {
            case TreeEdit.Delete when parent is null:
                return null;
            case TreeEdit.Delete:
                Remove(parent, index);
                break;
            case TreeEdit.Duplicate when parent is JsonTree.ArrayValue array:
                array.Items.Insert(index + 1, node.Clone());
                break;
            case TreeEdit.Duplicate when parent is JsonTree.ObjectValue obj:
                obj.Properties.Insert(index + 1, new(obj.Properties[index].Key, node.Clone()));
                break;
            case TreeEdit.Retype:
                return Replace(root, parent, index, Parse(Replacements[Choice % Replacements.Count]));
            case TreeEdit.HostileString:
                return Replace(root, parent, index, new JsonTree.StringValue(Text));
            case TreeEdit.RenameKey when parent is JsonTree.ObjectValue obj:
                obj.Properties[index] = new(Choice % 2 == 0 ? Text : KnownNames[Choice / 2 % KnownNames.Count], node);
                break;
            case TreeEdit.CopyOther:
                return Replace(root, parent, index, places[Choice % places.Count].Node.Clone());
        }

        return root;
    }

    public override string ToString() => $"{Edit} value #{Target} (choice {Choice}, text {HostileTextGenerators.Show(Text)})";

    private static List<(JsonTree Node, JsonTree? Parent, int Index)> Places(JsonTree root)
    {
        var places = new List<(JsonTree, JsonTree?, int)> { (root, null, 0) };
        for (var i = 0; i < places.Count; i++)
        {
            var (node, _, _) = places[i];
            if (node is JsonTree.ArrayValue array)
            {
                places.AddRange(array.Items.Select((item, at) => (item, (JsonTree?)node, at)));
            }
            else if (node is JsonTree.ObjectValue obj)
            {
                places.AddRange(obj.Properties.Select((p, at) => (p.Value, (JsonTree?)node, at)));
            }
        }

        return places;
    }

    private static void Remove(JsonTree parent, int index)
    {
        if (parent is JsonTree.ArrayValue array)
        {
            array.Items.RemoveAt(index);
        }
        else if (parent is JsonTree.ObjectValue obj)
        {
            obj.Properties.RemoveAt(index);
        }
    }

    private static JsonTree Replace(JsonTree root, JsonTree? parent, int index, JsonTree value)
    {
        switch (parent)
        {
            case null:
                return value;
            case JsonTree.ArrayValue array:
                array.Items[index] = value;
                break;
            case JsonTree.ObjectValue obj:
                obj.Properties[index] = new(obj.Properties[index].Key, value);
                break;
        }

        return root;
    }

    private static JsonTree Parse(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 });
        return JsonTree.From(document.RootElement);
    }
}

