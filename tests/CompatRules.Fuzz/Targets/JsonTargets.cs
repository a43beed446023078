using CompatRules.Fuzz.Harness;
using CompatRules.Inventory;
using CompatRules.Snapshots;

namespace CompatRules.Fuzz.Targets;

/// <summary>The JSON readers: facts snapshots (from text and from a stream, lenient and strict) and cluster
/// inventories. Only their format exception may escape, and it must name a JSON path and a line.</summary>
internal static class JsonTargets
{
    private const string Source = "fuzz.json";

    private static readonly string[] JsonTokens =
    [
        "null", "true", "false", "0", "-0", "1e309", "-1e309", "1.5", "18446744073709551616", "2147483648", "-2147483649", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\\"\"",
        "{}", "[]", "[[[[[[[[[[[[[[[[", "{\"a\":{\"a\":{\"a\":{\"a\":", ",", ":", "\"kind\":", "\"name\":", "\"metadata\":", "\"labels\":", "\"annotations\":", "\"items\":",
        "\"status\":", "\"spec\":", "\"containers\":", "\"image\":", "\"args\":", "\"env\":", "\"data\":", "\"nodeInfo\":", "\"kernelVersion\":", "\"osImage\":",
        "\"Node\"", "\"List\"", "\"Pod\"", "\"DaemonSet\"", "\"ConfigMap\"", "\"schemaVersion\":", "\"facts\":", "\"subject\":", "\"provenance\":", "\"release\":",
        "\"v1.31.4\"", "\"5.15.0-91-generic\"", "\"x\"", "/*", "//", "\uFEFF", "\u00e9", "\\",
    ];

    public static IEnumerable<FuzzTarget> All()
    {
        var kinds = FactSnapshot.FactKinds.Select(k => $"\"{k}\"");
        var snapshotNames = Names(Corpus.Files("snapshots/every-kind.json"));
        var inventoryNames = Names(Corpus.Files("inventory/malformed-items.json", "inventory/inventory.json"));
        yield return new FuzzTarget(
            "facts-snapshot", Corpus.Files("snapshots/every-kind.json"), Mutator.Tokens([.. JsonTokens, .. kinds]), SnapshotCase, 256 * 1024, (random, seed) => JsonMutator.Mutate(random, seed, snapshotNames));
        yield return new FuzzTarget(
            "cluster-inventory", Corpus.Files("inventory/malformed-items.json", "inventory/inventory.json"), Mutator.Tokens(JsonTokens), InventoryCase, 256 * 1024, (random, seed) => JsonMutator.Mutate(random, seed, inventoryNames));
    }

    /// <summary>Every property name and string value in the seeds, plus the fact kinds: what the tree mutator inserts.</summary>
    private static IReadOnlyList<string> Names(IReadOnlyList<byte[]> seeds)
    {
        var names = new SortedSet<string>(FactSnapshot.FactKinds, StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            var reader = new System.Text.Json.Utf8JsonReader(seed);
            while (reader.Read())
            {
                if (reader.TokenType is System.Text.Json.JsonTokenType.PropertyName or System.Text.Json.JsonTokenType.String)
                {
                    names.Add(reader.GetString()!);
                }
            }
        }

        return [.. names];
    }

    /// <summary>A path and a line, except for the two documented whole-input problems, which have neither.</summary>
    private static bool Located(SnapshotFormatException e)
        => e.Problem.Length > 0 && (e.JsonPath is not null && e.LineNumber >= 1
            || e.JsonPath is null && e.LineNumber is null && (e.Problem.StartsWith("the input is empty", StringComparison.Ordinal) || e.Problem.StartsWith("the snapshot is larger", StringComparison.Ordinal)));

    private static bool Located(InventoryFormatException e) => e.JsonPath.StartsWith('$') && e.LineNumber >= 1 && e.Problem.Length > 0;

    private static void SnapshotCase(byte[] input)
    {
        var text = Corpus.Text(input);
        Expect.Only<SnapshotFormatException>(() => _ = FactSnapshot.DeserializeWithWarnings(text, Source), Located);
        Expect.Only<SnapshotFormatException>(() => _ = FactSnapshot.ReadWithWarnings(new MemoryStream(input), Source), Located);
        Expect.Only<SnapshotFormatException>(() => _ = FactSnapshot.ReadWithWarnings(new MemoryStream(input), Source, new FactSnapshotOptions { Strict = true }), Located);
    }

    private static void InventoryCase(byte[] input)
        => Expect.Only<InventoryFormatException>(
            () =>
            {
                var result = ClusterInventory.Read(new MemoryStream(input), Source);
                _ = result.ToString();
            },
            Located);
}
