using System.Buffers.Binary;
using System.Text;
using CompatRules.Collectors.Interfaces;
using CompatRules.Collectors.Netlink;
using CompatRules.Inventory;
using CompatRules.Snapshots;

namespace CompatRules.Fuzz;

/// <summary>Every crash the fuzzer found, as a named test with the smallest input that showed it.</summary>
public class CrashRegressionTest
{
    /// <summary>Found by ethtool-ioctl case 1195 (seed 0xc0b219d49e802141): count * 32 overflowed int, passed the
    /// length check as a negative number and the slice threw ArgumentOutOfRangeException.</summary>
    [Theory]
    [InlineData(0x7FFFFFFF)]
    [InlineData(0x04000001)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void EthtoolIoctlFeatures_CountOverflowsOrNegative_ThrowsNetlinkFormatException(int count)
    {
        var strings = new byte[EthtoolIoctlParser.StringsHeader + 64];
        var features = new byte[EthtoolIoctlParser.FeaturesHeader + 16];

        var error = Assert.Throws<NetlinkFormatException>(() => EthtoolIoctlParser.Features(strings, features, count));

        Assert.Equal($"ethtool ioctl buffers too short for {count} features", error.Message);
    }

    [Fact]
    public void EthtoolIoctlFeatures_FuzzCase1195_ThrowsNetlinkFormatException()
    {
        var input = Convert.FromBase64String("////fywjWwAAYXRcfQZ1+lOggDAgdXJlLTI5AAAAAAAAAAAAAAAAAAAAAAAAAAAAAGZlYXR1cmUtMzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAGZlYXR1cmUtMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAADcJCt/WCcuXX0iI+EBH1kNAAAAWlpaWlpaWlpaWlpaWlpaWg==");
        var count = BinaryPrimitives.ReadInt32LittleEndian(input);
        var stringsLength = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(input.AsSpan(4)), input.Length - 6);

        Assert.Throws<NetlinkFormatException>(() => EthtoolIoctlParser.Features(input.AsSpan(6, stringsLength), input.AsSpan(6 + stringsLength), count));
    }

    /// <summary>Found by facts-snapshot case 67 (seed 0x3b7d911eb36df99b): a byte that is not UTF-8 inside a string
    /// passed the JSON reader and blew up later in GetString with InvalidOperationException.</summary>
    [Fact]
    public void FactSnapshotRead_InvalidUtf8InString_ThrowsWithLineAndColumn()
    {
        var bad = Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"facts\": [ { \"kind\": \"k").Concat(new byte[] { 0xC0 }).Concat(Encoding.UTF8.GetBytes("\" } ]\n}")).ToArray();

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Read(new MemoryStream(bad), "node.json"));

        Assert.Equal((3L, 26L), (error.LineNumber!.Value, error.BytePositionInLine!.Value));
        Assert.Equal("node.json(3,26): the text is not valid UTF-8 (byte 0xC0 at offset 49)", error.Message);
    }

    /// <summary>Found by cluster-inventory case 64 (seed 0xf5b913416d6ec2f8): a byte that is not UTF-8 in a property
    /// name of a document with a syntax error made the error locator throw InvalidOperationException.</summary>
    [Fact]
    public void ClusterInventoryRead_InvalidUtf8InPropertyName_ThrowsInventoryFormatExceptionWithLine()
    {
        var bad = Encoding.UTF8.GetBytes("{\n  \"kind\": \"List\",\n  \"items\": [ { \"ki").Concat(new byte[] { 0x90 }).Concat(Encoding.UTF8.GetBytes("nd\": \"Node\" ]\n}")).ToArray();

        var error = Assert.Throws<InventoryFormatException>(() => ClusterInventory.Read(new MemoryStream(bad), "cluster.json"));

        Assert.Equal(("$", 3L), (error.JsonPath, error.LineNumber!.Value));
        Assert.Equal("cluster.json:3: $: byte 0x90 at offset 38 (column 19) is not valid UTF-8; expected UTF-8 JSON text.", error.Message);
    }

    /// <summary>Found by the long run, cluster-inventory case 247697 (seed 0x5625adb89d06b3ab): an escaped lone
    /// surrogate (<c>"\ud800"</c>) is valid JSON to the parser but reading it as a string throws
    /// InvalidOperationException (here in the error locator, and in any reader of that value).</summary>
    [Theory]
    [InlineData("{\n  \"kind\": \"List\",\n  \"items\": [ { \"\\ud800\": 1 } ]\n}")]
    [InlineData("{\n  \"kind\": \"List\",\n  \"items\": [ { \"kind\": \"Node\", \"metadata\": { \"name\": \"a\\udc00b\" } } ]\n}")]
    [InlineData("{\n  \"kind\": \"List\",\n  \"items\": [ { \"kind\" \"\\ud800\" } ]\n}")]
    public void ClusterInventoryRead_EscapedLoneSurrogate_ThrowsInventoryFormatExceptionWithLine(string json)
    {
        var error = Assert.Throws<InventoryFormatException>(() => ClusterInventory.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "cluster.json"));

        Assert.Equal(3L, error.LineNumber!.Value);
        Assert.NotNull(error.JsonPath);
    }

    /// <summary>The same escaped lone surrogate in a snapshot, as a value and as a property name; the long run found
    /// the property-name case as facts-snapshot case 325042 (seed 0xa8daff2dbc7ac3e2) in JsonPositionIndex.</summary>
    [Theory]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"facts\": [ { \"kind\": \"sysctl\", \"name\": \"\\ud800\" } ]\n}", "$.facts[0].name")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"facts\": [ { \"kind\": \"sysctl\", \"\\udfff\": \"x\" } ]\n}", "$.facts[0].kind")]
    public void FactSnapshotDeserialize_EscapedLoneSurrogate_ThrowsWithPathAndLine(string json, string path)
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, "node.json"));

        Assert.Equal((path, 3L), (error.JsonPath, error.LineNumber!.Value));
        Assert.Equal("the string escapes half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its partner)", error.Problem);
    }
}
