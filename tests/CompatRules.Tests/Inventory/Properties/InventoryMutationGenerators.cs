using System.Text;
using CompatRules.Tests.Snapshots.Properties;
using FsCheck;
using FsCheck.Fluent;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>Mutations of valid inventories for FsCheck: up to four tree mutations (hostile strings from
/// <see cref="HostileTextGenerators.AnyText"/>) and, in two cases of five, one or two byte mutations after them.
/// Shrinking drops mutations, goes to the smallest fixture, and shortens hostile strings and inserted bytes.</summary>
public static class InventoryMutationGenerators
{
    /// <summary>Bytes that break JSON or UTF-8 in the ways that matter: NUL, a lone continuation byte, an overlong
    /// encoding, a UTF-8-encoded surrogate, a BOM, structural characters, escapes (a lone surrogate among them),
    /// line breaks, ESC, comments, and a second document.</summary>
    private static readonly byte[][] Tokens =
    [
        [0x00], [0x80], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        .. new[] { "\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\"\\ud800\"", "\n", "\r", "\u001b", "/*", "//", " {} ", "1e309" }.Select(Encoding.UTF8.GetBytes),
    ];

    private static Gen<byte[]> Bytes { get; } =
        Gen.Frequency(
            (3, Gen.Elements(Tokens)),
            (1, Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf().Select(b => b.Take(16).ToArray())));

    private static Gen<TreeMutation> Tree { get; } =
        from edit in Gen.Elements(Enum.GetValues<TreeEdit>())
        from target in Gen.Choose(0, 1 << 20)
        from choice in Gen.Choose(0, 1 << 10)
        from text in HostileTextGenerators.AnyText
        select new TreeMutation(edit, target, choice, text);

    private static Gen<ByteMutation> Byte { get; } =
        from edit in Gen.Elements(Enum.GetValues<ByteEdit>())
        from position in Gen.Choose(0, int.MaxValue - 1)
        from bytes in Bytes
        select new ByteMutation(edit, position, bytes);

    public static Gen<MutatedInventory> Inventory { get; } =
        from fixture in Gen.Choose(0, MutatedInventory.Fixtures.Count - 1)
        from treeCount in Gen.Choose(0, 4)
        from tree in Tree.ArrayOf(treeCount)
        from byteCount in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 2)))
        from bytes in Byte.ArrayOf(byteCount)
        select new MutatedInventory(fixture, tree, bytes);

    /// <summary>The arbitrary FsCheck finds through <c>[Properties(Arbitrary = ...)]</c>.</summary>
    public static Arbitrary<MutatedInventory> MutatedInventories() => Arb.From(Inventory, Shrink);

    private static IEnumerable<MutatedInventory> Shrink(MutatedInventory mutated)
    {
        if (mutated.Fixture != 0)
        {
            yield return mutated with { Fixture = 0 };
        }

        for (var i = 0; i < mutated.Tree.Length; i++)
        {
            yield return mutated with { Tree = Without(mutated.Tree, i) };
        }

        for (var i = 0; i < mutated.Bytes.Length; i++)
        {
            yield return mutated with { Bytes = Without(mutated.Bytes, i) };
        }

        for (var i = 0; i < mutated.Tree.Length; i++)
        {
            foreach (var text in HostileTextGenerators.Shrink(mutated.Tree[i].Text).Take(4))
            {
                yield return mutated with { Tree = Replaced(mutated.Tree, i, mutated.Tree[i] with { Text = text }) };
            }
        }

        for (var i = 0; i < mutated.Bytes.Length; i++)
        {
            var bytes = mutated.Bytes[i].Bytes;
            if (bytes.Length > 1)
            {
                yield return mutated with { Bytes = Replaced(mutated.Bytes, i, mutated.Bytes[i] with { Bytes = bytes[..(bytes.Length / 2)] }) };
            }
        }
    }

    private static T[] Without<T>(T[] items, int index) => [.. items[..index], .. items[(index + 1)..]];

    private static T[] Replaced<T>(T[] items, int index, T item)
    {
        var copy = (T[])items.Clone();
        copy[index] = item;
        return copy;
    }
}
