using System.Text;
using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Tests.Snapshots;

public sealed class FactSnapshotRoundTripTest
{
    private static readonly string FixturesFolder = Path.Combine(AppContext.BaseDirectory, "Snapshots", "Fixtures");

    [Fact]
    public void Deserialize_SerializedFactOfEveryType_GivesEqualFacts()
    {
        var facts = SnapshotSamples.EveryKind();

        var loaded = FactSnapshot.DeserializeWithWarnings(FactSnapshot.Serialize(facts));

        FactAssert.Equivalent(facts, loaded.Facts);
        Assert.Empty(loaded.Warnings);
    }

    [Fact]
    public void EveryKind_Sample_HoldsEveryFactTypeTheSerializerKnows()
    {
        var types = SnapshotSamples.EveryKind().Select(f => f.GetType()).Distinct().Count();

        Assert.Equal(FactSnapshot.FactKinds.Count, types);
        Assert.Equal(14, types);
    }

    [Fact]
    public void Save_EveryKind_MatchesGoldenFileExactly()
    {
        var path = Path.Combine(Path.GetTempPath(), $"snapshot-golden-{Guid.NewGuid():N}.json");
        try
        {
            FactSnapshot.Save(SnapshotSamples.EveryKind(), path);

            Assert.Equal(File.ReadAllText(Path.Combine(FixturesFolder, "every-kind.json")), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_GoldenFile_GivesTheSampleFacts()
    {
        var result = FactSnapshot.LoadWithWarnings(Path.Combine(FixturesFolder, "every-kind.json"));

        FactAssert.Equivalent(SnapshotSamples.EveryKind(), result.Facts);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Save_ExistingFile_ReplacesItAndLeavesNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("snapshot-save-");
        try
        {
            var path = Path.Combine(folder.FullName, "node-1.json");
            File.WriteAllText(path, "old");

            FactSnapshot.Save(SnapshotSamples.EveryKind(), path);

            Assert.Equal([path], Directory.GetFiles(folder.FullName));
            Assert.Equal(FactSnapshot.Serialize(SnapshotSamples.EveryKind()), File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Save_UnsupportedFactType_LeavesFileUnchangedAndNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("snapshot-save-");
        try
        {
            var path = Path.Combine(folder.FullName, "node-1.json");
            File.WriteAllText(path, "old");

            Assert.Throws<NotSupportedException>(() => FactSnapshot.Save(FactSet.Create(new CustomFact()), path));

            Assert.Equal([path], Directory.GetFiles(folder.FullName));
            Assert.Equal("old", File.ReadAllText(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Save_MissingFolder_ThrowsDirectoryNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "node-1.json");

        Assert.Throws<DirectoryNotFoundException>(() => FactSnapshot.Save(FactSet.Empty, path));
    }

    [Fact]
    public void Serialize_Versions_WritesOriginalTextUnescaped()
    {
        var json = FactSnapshot.Serialize(FactSet.Create(ComponentVersion.Of("kube-proxy", "v1.31.4+rke2r1")));

        Assert.Contains("\"version\": \"v1.31.4+rke2r1\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EmptySetWithoutSubject_WritesVersionAndEmptyFacts()
    {
        var json = FactSnapshot.Serialize(FactSet.Empty);

        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"facts\": []\n}\n", json);
        Assert.Empty(FactSnapshot.Deserialize(json));
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReadsFacts()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FactSnapshot.Serialize(SnapshotSamples.EveryKind()))).ToArray();

        var facts = FactSnapshot.Read(new MemoryStream(bytes), "bom.json");

        FactAssert.Equivalent(SnapshotSamples.EveryKind(), facts);
    }

    private sealed record CustomFact : Fact
    {
        public override string Key => "custom";
    }
}
