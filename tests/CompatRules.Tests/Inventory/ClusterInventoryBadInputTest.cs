using System.Text;
using CompatRules.Facts;
using CompatRules.Inventory;
using static CompatRules.Tests.Inventory.InventoryJson;

namespace CompatRules.Tests.Inventory;

public class ClusterInventoryBadInputTest
{
    [Fact]
    public void Read_NotJson_ThrowsWithPathAndLine()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("kubectl: error: You must be logged in to the server"));

        Assert.Equal(("test.json", "$", 1L), (error.SourceName, error.JsonPath, error.LineNumber));
        Assert.Equal("a complete JSON document", error.Expected);
        Assert.StartsWith("test.json:1: $: not valid JSON ('k' is an invalid start of a value", error.Message);
    }

    [Fact]
    public void Read_Truncated_ThrowsNamingWhereItStopped()
    {
        const string json = "{\n  \"kind\": \"List\",\n  \"items\": [\n    {\"kind\": \"Node\", \"metadata\": {\"name\": \"a\"";

        var error = Assert.Throws<InventoryFormatException>(() => Read(json));

        Assert.Equal("$.items[0].metadata", error.JsonPath);
        Assert.Equal(4, error.LineNumber);
        Assert.Equal("the document ends before its objects and arrays are closed (truncated?)", error.Problem);
        Assert.Equal("test.json:4: $.items[0].metadata: the document ends before its objects and arrays are closed (truncated?); expected a complete JSON document.", error.Message);
    }

    [Fact]
    public void Read_SyntaxErrorInsideSecondItem_NamesThatItem()
    {
        const string json = "{\n  \"kind\": \"List\",\n  \"items\": [\n    {\"kind\": \"ConfigMap\"},\n    {\"kind\": \"Node\" \"metadata\": {}}\n  ]\n}";

        var error = Assert.Throws<InventoryFormatException>(() => Read(json));

        Assert.Equal(("$.items[1]", 5L), (error.JsonPath, error.LineNumber));
    }

    [Fact]
    public void Read_RootIsAnArray_Throws()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("\n[\n  {\"kind\": \"Node\"}\n]"));

        Assert.Equal(("$", 2L, "the root is an array", "a JSON object with kind List or Node"), (error.JsonPath, error.LineNumber, error.Problem, error.Expected));
    }

    [Fact]
    public void Read_KindIsASinglePod_ThrowsAtKind()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"Pod\",\n  \"metadata\": {\"name\": \"x\"}\n}"));

        Assert.Equal(("$.kind", 3L), (error.JsonPath, error.LineNumber));
        Assert.Equal("test.json:3: $.kind: kind is 'Pod'; expected kind List (kubectl get … -o json) or Node.", error.Message);
    }

    [Fact]
    public void Read_NoKind_Throws()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("{\"items\": []}"));

        Assert.Equal(("$", 1L, "the root object has no kind"), (error.JsonPath, error.LineNumber, error.Problem));
    }

    [Fact]
    public void Read_ItemsNotAnArray_Throws()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read("{\n  \"kind\": \"List\",\n  \"items\": {}\n}"));

        Assert.Equal(("$.items", 3L, "items is an object", "an items array"), (error.JsonPath, error.LineNumber, error.Problem, error.Expected));
    }

    [Fact]
    public void Read_NestingDeeperThanTheLimit_Throws()
    {
        var deep = new string('[', 70) + new string(']', 70);
        var json = "{\"kind\": \"List\", \"items\": [{\"kind\": \"ConfigMap\", \"data\": " + deep + "}]}";

        var error = Assert.Throws<InventoryFormatException>(() => Read(json));

        Assert.Equal("the JSON nests deeper than 64 levels", error.Problem);
        Assert.Equal("at most 64 levels of nesting (InventoryOptions.MaxDepth)", error.Expected);
        Assert.Equal(1, error.LineNumber);
        Assert.StartsWith("$.items[0].data", error.JsonPath);
    }

    [Fact]
    public void Read_LargerThanMaxBytes_Throws()
    {
        var json = List(Node("w1"));

        var error = Assert.Throws<InventoryFormatException>(() => Read(json, new InventoryOptions { MaxBytes = 100 }));

        Assert.Equal(("$", (long?)null), (error.JsonPath, error.LineNumber));
        Assert.Equal($"the input has {Encoding.UTF8.GetByteCount(json)} bytes", error.Problem);
        Assert.Equal("at most 100 bytes (InventoryOptions.MaxBytes)", error.Expected);
    }

    [Fact]
    public void Read_UnseekableStreamLargerThanMaxBytes_Throws()
    {
        using var stream = new UnseekableStream(Encoding.UTF8.GetBytes(List(Node("w1"))));

        var error = Assert.Throws<InventoryFormatException>(() => ClusterInventory.Read(stream, "pipe", new InventoryOptions { MaxBytes = 100 }));

        Assert.Equal("the input is longer than 100 bytes", error.Problem);
    }

    [Fact]
    public void Read_UnseekableStreamWithinLimit_Reads()
    {
        using var stream = new UnseekableStream(Encoding.UTF8.GetBytes(List(Node("w1"))));

        Assert.Equal("w1", Assert.Single(ClusterInventory.Read(stream, "pipe").Nodes).Subject);
    }

    [Fact]
    public void Read_Empty_Throws()
    {
        var error = Assert.Throws<InventoryFormatException>(() => Read(" \n"));

        Assert.Equal(("$", 1L, "the input is empty"), (error.JsonPath, error.LineNumber, error.Problem));
    }

    [Fact]
    public void Read_Utf8ByteOrderMark_IsIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(List(Node("w1")))).ToArray();

        Assert.Single(ClusterInventory.Read(new MemoryStream(bytes), null).Nodes);
    }

    [Theory]
    [InlineData(0L, 64)]
    [InlineData(100L, 0)]
    public void Read_OptionsOutOfRange_ThrowsArgumentOutOfRange(long maxBytes, int maxDepth)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Read(List(), new InventoryOptions { MaxBytes = maxBytes, MaxDepth = maxDepth }));

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
        => Assert.Throws<FileNotFoundException>(() => ClusterInventory.Load(FixturePath("does-not-exist.json")));

    [Fact]
    public void Load_MalformedItems_WarnsPerItemAndReadsTheRest()
    {
        var result = ClusterInventory.Load(FixturePath("malformed-items.json"));

        Assert.Equal(["good-1", "good-2"], result.Nodes.Select(n => n.Subject));
        Assert.Equal("v3.28.1", result.Node("good-2")!.Component(ComponentNames.Calico).Version!.Original);
        Assert.Equal(
            [
                "line 20, $.items[1]: the item has no kind; skipped",
                "line 24, $.items[2]: the item is a number, expected an object; skipped",
                "line 25, $.items[3]: the Node has no metadata.name; skipped",
                "line 34, $.items[4].status.nodeInfo.kernelVersion: Node/good-2: status.nodeInfo.kernelVersion 'unknown' is not a kernel release",
                "line 44, $.items[5].spec.containers: Pod/kube-system/calico-node-b spec.containers is not an array; skipped",
                "line 46, $.items[6]: Node/good-1 appears again (first at $.items[0]); the later one is skipped",
            ],
            result.Warnings.Select(w => w.ToString()));
        var kernel = result.Node("good-2")!.OfType<CollectionStatus>().Single(s => s.Subject == KernelInfo.FactKey);
        Assert.Equal((CollectionState.Error, "status.nodeInfo.kernelVersion 'unknown' is not a kernel release"), (kernel.State, kernel.Reason));
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
