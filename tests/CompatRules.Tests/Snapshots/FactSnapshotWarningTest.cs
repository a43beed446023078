using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Tests.Snapshots;

public sealed class FactSnapshotWarningTest
{
    private const string Json = """
        {
          "schemaVersion": 1,
          "generator": "compat-rules 0.1",
          "facts": [
            { "kind": "kernel", "release": "5.15.0-91-generic", "colour": "blue" },
            { "kind": "gpu", "model": "x" },
            { "kind": "sysctl", "name": "net.ipv4.ip_forward", "value": "1", "provenance": { "kind": "file", "location": "/proc/sys/net/ipv4/ip_forward", "mode": 420 } },
            { "kind": "sysctl", "$type": "System.IO.FileInfo", "name": "a", "value": null }
          ]
        }
        """;

    [Fact]
    public void DeserializeWithWarnings_UnknownPropertiesAndKind_WarnsWithPathAndLineAndKeepsKnownFacts()
    {
        var result = FactSnapshot.DeserializeWithWarnings(Json, "node-1.json");

        Assert.Equal(
            [
                (SnapshotWarningKind.UnknownProperty, "$.generator", 3L),
                (SnapshotWarningKind.UnknownProperty, "$.facts[0].colour", 5L),
                (SnapshotWarningKind.UnknownFactKind, "$.facts[1].kind", 6L),
                (SnapshotWarningKind.UnknownProperty, "$.facts[2].provenance.mode", 7L),
                (SnapshotWarningKind.UnknownProperty, "$.facts[3].$type", 8L),
            ],
            result.Warnings.Select(w => (w.Kind, w.JsonPath, w.LineNumber ?? 0)).ToArray());
        Assert.Equal("node-1.json(5,67): facts[0].colour: unknown property 'colour'; its value was ignored", result.Warnings[1].Message);
        Assert.StartsWith("node-1.json(6,15): facts[1].kind: unknown fact kind 'gpu'; the fact was skipped (this reader knows kernel, ", result.Warnings[2].Message, StringComparison.Ordinal);
        Assert.Equal(["kernel", "sysctl:net.ipv4.ip_forward", "sysctl:a"], result.Facts.Select(f => f.Key).ToArray());
        Assert.Equal(Provenance.FromFile("/proc/sys/net/ipv4/ip_forward"), result.Facts[1].Provenance);
    }

    [Fact]
    public void Deserialize_UnknownProperties_ReturnsFactsWithoutThrowing()
    {
        var facts = FactSnapshot.Deserialize(Json);

        Assert.Equal(3, facts.Count);
        Assert.IsType<KernelInfo>(facts[0]);
    }

    [Fact]
    public void Deserialize_StrictWithUnknownProperty_Throws()
    {
        var error = Assert.Throws<SnapshotFormatException>(() => FactSnapshot.Deserialize(Json, "node-1.json", new FactSnapshotOptions { Strict = true }));

        Assert.Equal("$.generator", error.JsonPath);
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("not allowed when reading strictly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TypeNameProperty_IsNeverUsedToChooseAType()
    {
        var facts = FactSnapshot.Deserialize(Json);

        Assert.IsType<Sysctl>(facts[2]);
    }
}
