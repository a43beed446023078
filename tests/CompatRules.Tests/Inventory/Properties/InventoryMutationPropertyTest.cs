using CompatRules.Inventory;
using CompatRules.Tests.Snapshots.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CompatRules.Tests.Inventory.Properties;

/// <summary>docs/inventory.md: a document that cannot be read throws <see cref="InventoryFormatException"/> naming
/// its path and line; a broken item is a warning naming its path. Tried on mutations of valid dumps. The seed is
/// fixed (CI replays the same cases); FsCheck prints it with the shrunk case on failure.</summary>
[Properties(Arbitrary = [typeof(InventoryMutationGenerators)], MaxTest = 1000, Replay = "(20261201,20261203)")]
public sealed class InventoryMutationPropertyTest
{
    private const string Source = "mutated.json";

    [Property]
    public Property Read_AnyMutationOfAValidDump_ThrowsOnlyItsFormatExceptionWithALocation(MutatedInventory mutated)
    {
        var input = mutated.Render();
        var lines = 1 + input.Count(b => b == (byte)'\n');
        InventoryReadResult result;
        try
        {
            result = ClusterInventory.Read(new MemoryStream(input), Source);
        }
        catch (InventoryFormatException e)
        {
            // Any other exception escapes: FsCheck reports it as the failure and shrinks the case.
            return Located(e, lines).Label("located: " + e.Message).Classify(true, "rejected");
        }

        return Readable(result, lines).Classify(result.Warnings.Count > 0, "warnings").Classify(result.Nodes.Count > 0, "nodes read");
    }

    [Fact]
    public void Generator_ReachesRejectedDocumentsWarningsAndReadNodes()
    {
        var outcomes = InventoryMutationGenerators.Inventory.Sample(300).Select(Outcome).ToList();

        Assert.Contains("rejected", outcomes);
        Assert.Contains("warnings", outcomes);
        Assert.Contains("nodes", outcomes);
    }

    /// <summary>The exception names the path and a line of the input, and its message says both.</summary>
    internal static bool Located(InventoryFormatException e, int lines)
        => e.JsonPath.StartsWith('$') && e.LineNumber is { } line && line >= 1 && line <= lines && e.Problem.Length > 0
            && e.Message.StartsWith($"{Source}:{line}: {e.JsonPath}: ", StringComparison.Ordinal);

    /// <summary>Warnings name a path (and a line of the input when they have one); nodes come in name order, each
    /// name once; no string read holds a lone surrogate.</summary>
    private static Property Readable(InventoryReadResult result, int lines)
    {
        var badWarnings = result.Warnings.Where(w => !w.JsonPath.StartsWith('$') || w.Message.Length == 0 || w.LineNumber is < 1 || w.LineNumber > lines).ToList();
        var names = result.Nodes.Select(n => n.Subject ?? string.Empty).ToList();
        var badText = result.Nodes.SelectMany(n => n.Facts).Select(f => f.ToString() ?? string.Empty).Concat(names)
            .Concat(result.Warnings.Select(w => w.ToString())).Where(t => !HostileTextGenerators.IsWellFormed(t)).ToList();
        return (badWarnings.Count == 0).Label("warnings located: " + string.Join(" | ", badWarnings))
            .And(names.All(n => n.Length > 0) && names.SequenceEqual(names.Order(StringComparer.Ordinal)) && names.Distinct().Count() == names.Count).Label("nodes named, once each, in order")
            .And((badText.Count == 0).Label("well-formed text: " + string.Join(" | ", badText.Take(3).Select(HostileTextGenerators.Show))));
    }

    private static string Outcome(MutatedInventory mutated)
    {
        try
        {
            var result = ClusterInventory.Read(new MemoryStream(mutated.Render()), Source);
            return result.Warnings.Count > 0 ? "warnings" : result.Nodes.Count > 0 ? "nodes" : "empty";
        }
        catch (InventoryFormatException)
        {
            return "rejected";
        }
    }
}
