using System.Text;
using CompatRules.Snapshots;

namespace CompatRules.Fuzz;

/// <summary>The facts snapshot reader's limits: size, depth, huge values, duplicate keys and unknown kinds.</summary>
public class SnapshotInputLimitsTest
{
    private const string Source = "node-1.json";

    private static string Document(string facts) => $"{{\n  \"schemaVersion\": 1,\n  \"facts\": [\n    {facts}\n  ]\n}}\n";

    [Fact]
    public void Read_UnseekableStreamOverMaxBytes_StopsAtTheLimitWithClearError()
    {
        var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(Document(new string(' ', 5000))));

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Read(stream, Source, new FactSnapshotOptions { MaxBytes = 4096 }));

        Assert.Equal($"{Source}: the snapshot is larger than the limit of 4096 bytes (FactSnapshotOptions.MaxBytes)", error.Message);
        Assert.True(stream.BytesRead <= 4096 + 81920, $"read {stream.BytesRead} bytes");
    }

    [Fact]
    public void Deserialize_NestedDeeperThanMaxDepth_ThrowsWithPathAndLine()
    {
        var deep = new string('[', 70) + new string(']', 70);
        var json = Document($"{{ \"kind\": \"kernel-config\", \"options\": {{ \"CONFIG_A\": {deep} }} }}");

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal((4L, "the document nests objects and arrays deeper than the limit of 64 levels"), (error.LineNumber!.Value, error.Problem));
        Assert.StartsWith("$.facts[0].options.CONFIG_A", error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HugeKernelRelease_ThrowsAtThatValue()
    {
        var json = Document($"{{ \"kind\": \"kernel\", \"release\": \"{new string('9', 1_000_000)}\" }}");

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal(("$.facts[0].release", 4L), (error.JsonPath, error.LineNumber!.Value));
    }

    [Fact]
    public void Deserialize_HugeStringWithinLimit_IsReadWhole()
    {
        var name = new string('x', 4_000_000);
        var json = $"{{\"schemaVersion\": 1, \"subject\": \"{name}\", \"facts\": []}}";

        var facts = FactSnapshot.Deserialize(json, Source);

        Assert.Equal(name.Length, facts.Subject!.Length);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("-0.5")]
    public void Deserialize_HugeOrFractionalSchemaVersion_ThrowsAtSchemaVersion(string number)
    {
        var json = $"{{\n  \"schemaVersion\": {number},\n  \"facts\": []\n}}";

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal(("$.schemaVersion", 2L), (error.JsonPath, error.LineNumber!.Value));
        Assert.StartsWith("expected a whole number schema version (1), found a number", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DuplicateRootKey_ThrowsNamingTheKey()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"facts\": [],\n  \"facts\": []\n}";

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal(($"{Source}(4,3): facts: the property 'facts' appears twice in one object", "$.facts"), (error.Message, error.JsonPath));
    }

    [Fact]
    public void Deserialize_KindIsADotNetTypeName_IsAnUnknownKindWarningNotAType()
    {
        var json = Document("{ \"kind\": \"System.IO.FileInfo, System.Private.CoreLib\", \"$type\": \"System.Object\", \"fileName\": \"/etc/shadow\" }");

        var result = FactSnapshot.DeserializeWithWarnings(json, Source);

        Assert.Empty(result.Facts);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((SnapshotWarningKind.UnknownFactKind, "$.facts[0].kind"), (warning.Kind, warning.JsonPath));
    }

    [Fact]
    public void Deserialize_UnknownKindWhenStrict_ThrowsWithPath()
    {
        var json = Document("{ \"kind\": \"gpu\" }");

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source, new FactSnapshotOptions { Strict = true }));

        Assert.Equal(("$.facts[0].kind", 4L), (error.JsonPath, error.LineNumber!.Value));
    }

    [Fact]
    public void Deserialize_TypeDiscriminatorOnKnownKind_IsIgnoredAsUnknownProperty()
    {
        var json = Document("{ \"$type\": \"System.Diagnostics.Process, System\", \"kind\": \"sysctl\", \"name\": \"net.ipv4.ip_forward\", \"value\": \"1\" }");

        var result = FactSnapshot.DeserializeWithWarnings(json, Source);

        Assert.IsType<CompatRules.Facts.Sysctl>(Assert.Single(result.Facts));
        Assert.Equal(("$.facts[0].$type", SnapshotWarningKind.UnknownProperty), (Assert.Single(result.Warnings).JsonPath, Assert.Single(result.Warnings).Kind));
    }
}
