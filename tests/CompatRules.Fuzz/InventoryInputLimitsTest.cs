using System.Text;
using CompatRules.Inventory;

namespace CompatRules.Fuzz;

/// <summary>The cluster inventory reader's limits: size, depth, huge values and duplicate keys.</summary>
public class InventoryInputLimitsTest
{
    private const string Source = "cluster.json";

    private static string Node(string name, string kernel)
        => $"{{\"apiVersion\": \"v1\", \"kind\": \"Node\", \"metadata\": {{\"name\": \"{name}\"}}, \"status\": {{\"nodeInfo\": {{\"kernelVersion\": \"{kernel}\", \"kubeletVersion\": \"v1.31.4\", \"osImage\": \"Ubuntu 22.04.5 LTS\"}}}}}}";

    private static InventoryReadResult Read(string json, InventoryOptions? options = null)
        => ClusterInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), Source, options);

    [Fact]
    public void Read_UnseekableStreamOverMaxBytes_ThrowsNamingTheLimit()
    {
        var stream = new NonSeekableStream(Encoding.UTF8.GetBytes($"{{\"kind\": \"List\", \"items\": [{Node("a", "5.15.0")}], \"pad\": \"{new string(' ', 10_000)}\"}}"));

        var error = Assert.Throws<InventoryFormatException>(() => ClusterInventory.Read(stream, Source, new InventoryOptions { MaxBytes = 2048 }));

        Assert.Equal(("$", (long?)null, "at most 2048 bytes (InventoryOptions.MaxBytes)"), (error.JsonPath, error.LineNumber, error.Expected));
    }

    [Fact]
    public void Read_NestedDeeperThanMaxDepth_ThrowsWithPathAndLine()
    {
        var json = "{\n\"kind\": \"List\",\n\"items\": [\n" + new string('[', 100) + new string(']', 100) + "\n]}";

        var error = Assert.Throws<InventoryFormatException>(() => Read(json));

        Assert.Equal((4L, "the JSON nests deeper than 64 levels"), (error.LineNumber!.Value, error.Problem));
        Assert.StartsWith("$.items[0]", error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeKernelVersionString_WarnsAndKeepsReading()
    {
        var json = $"{{\"kind\": \"List\", \"items\": [{Node("huge", new string('9', 1_000_000))}, {Node("fine", "5.15.0-91-generic")}]}}";

        var result = Read(json);

        Assert.Contains(result.Nodes, n => n.Subject == "fine");
        Assert.Equal(2, result.Nodes.Count);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-99999999999999999999999999999999")]
    public void Read_HugeNumberWhereAStringBelongs_IsNotACrash(string number)
    {
        var json = "{\"kind\": \"List\", \"items\": [{\"apiVersion\": \"v1\", \"kind\": \"Node\", \"metadata\": {\"name\": \"n\"}, \"status\": {\"nodeInfo\": {\"kernelVersion\": " + number + "}}}]}";

        var result = Read(json);

        Assert.Equal("n", Assert.Single(result.Nodes).Subject);
    }

    [Fact]
    public void Read_DuplicateKind_ThrowsWithPathAndLine()
    {
        var json = "{\n  \"kind\": \"List\",\n  \"kind\": \"Node\",\n  \"items\": []\n}";

        var error = Assert.Throws<InventoryFormatException>(() => Read(json));

        Assert.Equal(("$.kind", 3L), (error.JsonPath, error.LineNumber!.Value));
    }
}
