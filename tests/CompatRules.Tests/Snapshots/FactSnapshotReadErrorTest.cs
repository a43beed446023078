using System.Text;
using System.Text.Json;
using CompatRules.Snapshots;
using CompatRules.Versions;

namespace CompatRules.Tests.Snapshots;

public sealed class FactSnapshotReadErrorTest
{
    private const string Source = "node-1.json";

    // json, JSON path, line, column, words the problem must contain
    public static TheoryData<string, string?, long?, long?, string> BadDocuments => new()
    {
        { "not json", "$", 1, 2, "not valid JSON" },
        { "{\n  \"schemaVersion\": 1,\n  \"facts\": [\n    { \"kind\": \"kernel\"", "$.facts[0].kind", 4, 23, "ends before it is complete" },
        { "{\n  \"schemaVersion\": 1,\n  \"facts\": [ } ]\n}", "$.facts", 3, 14, "not valid JSON" },
        { "[1, 2]", "$", 1, 1, "expected a JSON object with schemaVersion and facts, found an array" },
        { "\"hello\"", "$", 1, 1, "found a string" },
        { "{\n  \"facts\": []\n}", "$", 1, 1, "missing required property 'schemaVersion'; expected a schema version this reader supports (1)" },
        { "{\n  \"schemaVersion\": 2,\n  \"facts\": []\n}", "$.schemaVersion", 2, 20, "schema version 2 is not supported; this reader supports schema version 1" },
        { "{\n  \"schemaVersion\": \"1\",\n  \"facts\": []\n}", "$.schemaVersion", 2, 20, "expected a whole number schema version (1), found a string" },
        { "{\n  \"schemaVersion\": 1.5,\n  \"facts\": []\n}", "$.schemaVersion", 2, 20, "expected a whole number schema version" },
        { "{\n  \"schemaVersion\": 1\n}", "$", 1, 1, "missing required property 'facts'" },
        { "{\n  \"schemaVersion\": 1,\n  \"facts\": {}\n}", "$.facts", 3, 12, "expected an array of fact objects, found an object" },
        { "{\n  \"schemaVersion\": 1,\n  \"subject\": 7,\n  \"facts\": []\n}", "$.subject", 3, 14, "expected the subject (a node name) as a string, or null, found a number" },
        { Facts("\"kernel\""), "$.facts[0]", 4, 5, "expected a fact object with a kind such as \"kernel\", found a string" },
        { Facts("{ \"release\": \"5.15.0\" }"), "$.facts[0]", 4, 5, "missing required property 'kind'; expected one of kernel, kernel-config" },
        { Facts("{ \"kind\": 3 }"), "$.facts[0].kind", 4, 15, "expected the fact kind as a string" },
        { Facts("{ \"kind\": \"sysctl\", \"name\": \"a\" },\n    { \"kind\": \"kernel\", \"architecture\": \"x86_64\" }"), "$.facts[1]", 5, 5, "missing required property 'release'; expected a kernel release such as 5.15.0-91-generic" },
        { Facts("{ \"kind\": \"setting\", \"component\": \"kube-ovn\", \"name\": \"X\" }"), "$.facts[0]", 4, 5, "missing required property 'value'" },
        { Facts("{ \"kind\": \"kernel\", \"release\": \"linux\" }"), "$.facts[0].release", 4, 36, "expected a kernel release such as 5.15.0-91-generic, found 'linux' (expected a number at position 0" },
        { Facts("{ \"kind\": \"kernel\", \"release\": 5.15 }"), "$.facts[0].release", 4, 36, "expected a kernel release such as 5.15.0-91-generic" },
        { Facts("{ \"kind\": \"component\", \"component\": \"calico\", \"version\": \"latest\" }"), "$.facts[0].version", 4, 62, "expected a version string such as v3.28.1 or v1.31.4+rke2r1, or null, found 'latest'" },
        { Facts("{ \"kind\": \"cluster\", \"distribution\": \"k0s\", \"kubernetesVersion\": \"1\" }"), "$.facts[0].kubernetesVersion", 4, 70, "found '1' (expected at least major.minor" },
        { Facts("{ \"kind\": \"interface\", \"name\": \"eth0\", \"mtu\": \"1500\" }"), "$.facts[0].mtu", 4, 51, "expected a whole number MTU such as 1450, or null" },
        { Facts("{ \"kind\": \"interface\", \"name\": \"eth0\", \"offloads\": { \"rx-checksum\": \"on\" } }"), "$.facts[0].offloads.rx-checksum", 4, 73, "expected an object of offload feature names to true or false" },
        { Facts("{ \"kind\": \"socket\", \"probe\": \"mptcp\", \"result\": \"Supported\" }"), "$.facts[0].result", 4, 53, "expected one of unknown, supported, unsupported, permissionDenied, found 'Supported'" },
        { Facts("{ \"kind\": \"socket\", \"probe\": \"mptcp\", \"result\": 1 }"), "$.facts[0].result", 4, 53, "expected one of unknown, supported" },
        { Facts("{ \"kind\": \"capabilities\", \"effective\": \"0x1ff\" }"), "$.facts[0].effective", 4, 44, "expected the CapEff mask as 1 to 16 hexadecimal digits" },
        { Facts("{ \"kind\": \"kernel-modules\", \"modules\": { \"nf_tables\": [\"loaded\", \"maybe\"] } }"), "$.facts[0].modules.nf_tables", 4, 59, "found 'maybe'" },
        { Facts("{ \"kind\": \"kernel-modules\", \"modules\": { \"nf_tables\": null } }"), "$.facts[0].modules.nf_tables", 4, 59, "found null" },
        { Facts("{ \"kind\": \"capabilities\", \"effective\": \"\" }"), "$.facts[0].effective", 4, 44, "expected the CapEff mask as 1 to 16 hexadecimal digits" },
        { Facts("{ \"kind\": \"capabilities\", \"effective\": \"11111111111111111\" }"), "$.facts[0].effective", 4, 44, "expected the CapEff mask as 1 to 16 hexadecimal digits" },
        { Facts("{ \"kind\": \"sysctl\", \"name\": \"a\", \"provenance\": { \"location\": \"/x\" } }"), "$.facts[0].provenance", 4, 52, "missing required property 'kind'; expected one of unspecified, file" },
        { Facts("{ \"kind\": \"kernel-config\", \"options\": { \"CONFIG_X\": null } }"), "$.facts[0].options.CONFIG_X", 4, 57, "expected a string value in options, found null" },
        { Facts("{ \"kind\": \"os-release\", \"id\": \"ubuntu\", \"idLike\": [\"debian\", null] }"), "$.facts[0].idLike[1]", 4, 66, "expected a string in idLike, found null" },
        { Facts("{ \"kind\": \"sysctl\", \"name\": \"a\", \"provenance\": { \"kind\": \"disk\", \"location\": \"/x\" } }"), "$.facts[0].provenance.kind", 4, 62, "expected one of unspecified, file, syscall, netlink, probe, snapshot, inventory, user, derived, found 'disk'" },
        { Facts("{ \"kind\": \"sysctl\", \"name\": \"a\", \"provenance\": { \"kind\": \"file\" } }"), "$.facts[0].provenance", 4, 52, "missing required property 'location'" },
        { Facts("{ \"kind\": \"sysctl\", \"name\": \"a\", \"name\": \"b\" }"), "$.facts[0].name", 4, 38, "the property 'name' appears twice in one object" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Deserialize_BadDocument_ThrowsWithPathLineAndExpectation(string json, string? path, long? line, long? column, string problem)
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal(Source, error.SourceName);
        Assert.Equal(path, error.JsonPath);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(column, error.BytePositionInLine);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        var shownPath = path is "$" ? string.Empty : $" {path![2..]}:";
        Assert.StartsWith($"{Source}({line},{column}):{shownPath} ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"schemaVersion\": 1, \"facts\": [")]
    [InlineData("{\"schemaVersion\": 1, \"facts\": [{\"kind\": \"interface\", \"name\": \"eth0\", \"mtu\": true}]}")]
    public void Deserialize_JsonError_WrapsJsonException(string json)
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json));

        Assert.IsAssignableFrom<JsonException>(error.InnerException);
        Assert.StartsWith("snapshot(1,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BadKernelRelease_WrapsVersionFormatException()
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(Facts("{ \"kind\": \"kernel\", \"release\": \"x\" }")));

        var inner = Assert.IsType<VersionFormatException>(error.InnerException);
        Assert.Equal("x", inner.Input);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Deserialize_EmptyInput_ThrowsSayingSo(string json)
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Equal($"{Source}: the input is empty; expected a JSON object with schemaVersion and facts", error.Message);
        Assert.Null(error.LineNumber);
    }

    [Fact]
    public void Deserialize_OverSizeLimit_ThrowsNamingTheLimit()
    {
        var json = FactSnapshot.Serialize(SnapshotSamples.EveryKind());
        var options = new FactSnapshotOptions { MaxBytes = 1000 };

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source, options));

        Assert.Equal($"{Source}: the snapshot is larger than the limit of 1000 bytes (FactSnapshotOptions.MaxBytes)", error.Message);
    }

    [Fact]
    public void Read_UnseekableStreamOverSizeLimit_ThrowsNamingTheLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(FactSnapshot.Serialize(SnapshotSamples.EveryKind()));
        var options = new FactSnapshotOptions { MaxBytes = 1000 };

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Read(new ForwardOnlyStream(bytes), Source, options));

        Assert.Contains("larger than the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AtSizeLimit_Reads()
    {
        var json = FactSnapshot.Serialize(SnapshotSamples.EveryKind());
        var options = new FactSnapshotOptions { MaxBytes = Encoding.UTF8.GetByteCount(json) };

        Assert.Equal(21, FactSnapshot.Deserialize(json, Source, options).Count);
    }

    [Fact]
    public void MaxBytes_Default_Is16MiB()
    {
        Assert.Equal(16L * 1024 * 1024, FactSnapshotOptions.Default.MaxBytes);
        Assert.Equal(64, FactSnapshotOptions.Default.MaxDepth);
    }

    [Fact]
    public void Deserialize_NestedDeeperThanLimit_ThrowsNamingTheLimit()
    {
        // Root (1), facts (2), fact (3), offloads (4), then 61 nested arrays reach level 65; the error points at the 61st '['.
        var deep = new string('[', 61) + new string(']', 61);
        var json = "{\"schemaVersion\": 1, \"facts\": [{\"kind\": \"interface\", \"name\": \"eth0\", \"offloads\": {\"x\": " + deep + "}}]}";

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Contains("nests objects and arrays deeper than the limit of 64 levels", error.Problem, StringComparison.Ordinal);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal(148, error.BytePositionInLine);
        Assert.StartsWith("$.facts[0].offloads.x[0]", error.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NestedAtLimit_ReachesTheFactReader()
    {
        var deep = new string('[', 60) + new string(']', 60);
        var json = "{\"schemaVersion\": 1, \"facts\": [{\"kind\": \"interface\", \"name\": \"eth0\", \"offloads\": {\"x\": " + deep + "}}]}";

        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(json, Source));

        Assert.Contains("expected an object of offload feature names to true or false", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L, 64)]
    [InlineData(1024L, 3)]
    public void Deserialize_InvalidOptions_ThrowsArgumentOutOfRange(long maxBytes, int maxDepth)
    {
        var options = new FactSnapshotOptions { MaxBytes = maxBytes, MaxDepth = maxDepth };

        Assert.Throws<ArgumentOutOfRangeException>(() => FactSnapshot.Deserialize("{}", Source, options));
    }

    [Fact]
    public void Load_File_UsesPathAsSourceName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"snapshot-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"schemaVersion\": 9,\n  \"facts\": []\n}\n");
        try
        {
            var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Load(path));

            Assert.Equal(path, error.SourceName);
            Assert.StartsWith($"{path}(2,20): schemaVersion: schema version 9 is not supported", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Facts(string items) => "{\n  \"schemaVersion\": 1,\n  \"facts\": [\n    " + items + "\n  ]\n}\n";

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
