using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CompatRules.Tests.Support;

namespace CompatRules.Tests.Packaging;

/// <summary>The packed CompatRules .nupkg: its version is the declared one, its nuspec records the commit it was built
/// from, it carries the package README (not the repository's), and its pdb maps the sources to that commit with
/// Source Link.</summary>
public class LibraryPackageTest(LibraryPackageTest.Fixture package) : IClassFixture<LibraryPackageTest.Fixture>
{
    /// <summary>The GUID of a portable pdb's Source Link custom debug information.</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    /// <summary>Phrases about this repository's build machine, which mean nothing to a package user.</summary>
    private static readonly string[] BuildEnvironmentNotes = ["restore here", "restores here", "this machine", "/opt/nuget", "NuGet.config", "build.sh", "local test-package", ".ci/"];

    private XElement Metadata => XDocument.Load(new MemoryStream(package.Packed.Read("CompatRules.nuspec"))).Root!.Element(Nuspec + "metadata")!;

    [Fact]
    public void Nuspec_Version_IsTheDeclaredVersion()
        => Assert.Equal(ProjectVersion.Declared, Metadata.Element(Nuspec + "version")!.Value);

    [Fact]
    public void Nuspec_Repository_RecordsTheCommitBuilt()
    {
        var repository = Metadata.Element(Nuspec + "repository")!;

        Assert.Equal("https://github.com/compatrules/compatrules", repository.Attribute("url")!.Value);
        Assert.Equal(Head(), repository.Attribute("commit")?.Value);
    }

    [Fact]
    public void Nuspec_Dependencies_AreTheLibrarysPackageReferences()
    {
        var csproj = XDocument.Load(Path.Combine(PackedLibrary.Root, "src", "CompatRules", "CompatRules.csproj"));
        var references = csproj.Descendants("PackageReference").Select(r => $"{r.Attribute("Include")!.Value} {r.Attribute("Version")!.Value}").Order(StringComparer.Ordinal);
        var dependencies = Metadata.Descendants(Nuspec + "dependency").Select(d => $"{d.Attribute("id")!.Value} {d.Attribute("version")!.Value}").Order(StringComparer.Ordinal);

        Assert.Equal(references, dependencies);
    }

    [Fact]
    public void Nuspec_IsTheRepositoryManifestWithItsTokensFilled()
    {
        var packed = Encoding.UTF8.GetString(package.Packed.Read("CompatRules.nuspec"));

        Assert.DoesNotContain("$", packed, StringComparison.Ordinal);
        Assert.Equal(
            XDocument.Load(Path.Combine(PackedLibrary.Root, "CompatRules.nuspec")).Root!.Element(Nuspec + "metadata")!.Element(Nuspec + "description")!.Value,
            Metadata.Element(Nuspec + "description")!.Value);
    }

    [Fact]
    public void Readme_IsThePackageReadmeWithoutBuildEnvironmentNotes()
    {
        Assert.Equal("README.md", Metadata.Element(Nuspec + "readme")!.Value);
        var packed = Encoding.UTF8.GetString(package.Packed.Read("README.md"));

        Assert.Equal(File.ReadAllText(Path.Combine(PackedLibrary.Root, "src", "CompatRules", "README.md")), packed);
        Assert.All(BuildEnvironmentNotes, note => Assert.DoesNotContain(note, packed, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Pdb_SourceLink_MapsTheSourcesToTheCommitBuilt()
    {
        using var pdb = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(package.Packed.Read("lib/net10.0/CompatRules.pdb")));
        var reader = pdb.GetMetadataReader();
        var sourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
            .Select(info => reader.GetBlobBytes(info.Value))
            .SingleOrDefault();
        Assert.True(sourceLink is not null, "the pdb has no Source Link JSON");

        var urls = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject().Select(d => d.Value.GetString()).ToList();
        Assert.Equal([$"https://raw.githubusercontent.com/compatrules/compatrules/{Head()}/*"], urls);
    }

    [Fact]
    public void Package_CarriesTheAssemblyItsXmlDocsAndItsPdb()
    {
        var lib = package.Packed.Package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("lib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(["lib/net10.0/CompatRules.dll", "lib/net10.0/CompatRules.pdb", "lib/net10.0/CompatRules.xml"], lib);
    }

    /// <summary>The commit the working tree is at.</summary>
    private static string Head()
    {
        var (code, output) = PackedLibrary.Run("git", "rev-parse", "HEAD");
        Assert.True(code == 0, "git rev-parse HEAD failed: " + output);
        return output.Trim();
    }

    /// <summary>Packs once for the class.</summary>
    public sealed class Fixture : IDisposable
    {
        public PackedLibrary Packed { get; } = new();

        public void Dispose() => Packed.Dispose();
    }
}
