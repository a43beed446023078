using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CompatRules.Fuzz.Harness;

/// <summary>Mutates a JSON seed as a tree, so that the result is still JSON and reaches the reader's checks of
/// structure and values: replace a value (other types, extremes, long strings, deep nesting, a copy of another
/// value), remove a property or item, add a property with a known name.</summary>
internal static class JsonMutator
{
    public static byte[] Mutate(SplitMix64 random, byte[] seed, IReadOnlyList<string> names)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(seed, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return seed;
        }

        if (root is null)
        {
            return seed;
        }

        for (var count = 1 + random.Next(4); count > 0; count--)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[random.Next(nodes.Count)];
            var parent = target.Parent;
            switch (random.Next(4))
            {
                case 0 when parent is JsonObject obj:
                    obj.Remove(target.GetPropertyName());
                    break;
                case 0 when parent is JsonArray array:
                    array.RemoveAt(target.GetElementIndex());
                    break;
                case 1 when target is JsonObject obj:
                    obj[names[random.Next(names.Count)]] = Value(random, nodes, names);
                    break;
                case 1 when target is JsonArray array:
                    array.Insert(random.Next(array.Count + 1), Value(random, nodes, names));
                    break;
                default:
                    if (target != root)
                    {
                        target.ReplaceWith(Value(random, nodes, names));
                    }

                    break;
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        if (node is JsonObject obj)
        {
            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    Collect(child, nodes);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                if (child is not null)
                {
                    Collect(child, nodes);
                }
            }
        }
    }

    private static JsonNode? Value(SplitMix64 random, List<JsonNode> nodes, IReadOnlyList<string> names) => random.Next(16) switch
    {
        0 => null,
        1 => JsonValue.Create(random.OneIn(2)),
        2 => JsonValue.Create(random.Next(5) - 2),
        3 => JsonNode.Parse(random.OneIn(2) ? "1e308" : "-123456789012345678901234567890"),
        4 => JsonValue.Create(string.Empty),
        5 => JsonValue.Create(new string((char)('a' + random.Next(26)), 1 + random.Next(100_000))),
        6 => new JsonObject(),
        7 => new JsonArray(),
        8 => Deep(random.Next(100)),
        9 or 10 => nodes[random.Next(nodes.Count)].DeepClone(),
        11 => JsonValue.Create("\u0000\uFFFD\u00e9\ud83d\ude00"),
        12 => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(names[random.Next(names.Count)]),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }

        return node;
    }
}
