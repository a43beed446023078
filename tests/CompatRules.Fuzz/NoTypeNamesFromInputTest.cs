using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CompatRules.Snapshots;

namespace CompatRules.Fuzz;

/// <summary>No type is ever resolved from a name: the library calls none of the APIs that turn text into a type or
/// load an assembly, and a snapshot's "kind" is looked up in a fixed table of the library's own fact types.</summary>
public class NoTypeNamesFromInputTest
{
    private static readonly HashSet<(string Type, string Member)> Forbidden =
    [
        ("System.Type", "GetType"),
        ("System.Type", "ReflectionOnlyGetType"),
        ("System.Reflection.Assembly", "Load"),
        ("System.Reflection.Assembly", "LoadFrom"),
        ("System.Reflection.Assembly", "LoadFile"),
        ("System.Reflection.Assembly", "GetType"),
        ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromAssemblyPath"),
        ("System.Runtime.Loader.AssemblyLoadContext", "LoadFromAssemblyName"),
        ("System.AppDomain", "CreateInstance"),
        ("System.AppDomain", "CreateInstanceAndUnwrap"),
        ("System.Text.Json.Serialization.JsonDerivedTypeAttribute", ".ctor"),
        ("System.Text.Json.Serialization.JsonPolymorphicAttribute", ".ctor"),
    ];

    [Fact]
    public void LibraryAssembly_CallsNoApiThatResolvesTypesFromText()
    {
        using var file = File.OpenRead(typeof(FactSnapshot).Assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();

        var referenced = metadata.MemberReferences
            .Select(h => metadata.GetMemberReference(h))
            .Where(m => m.Parent.Kind == HandleKind.TypeReference)
            .Select(m =>
            {
                var type = metadata.GetTypeReference((TypeReferenceHandle)m.Parent);
                return (Type: $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}", Member: metadata.GetString(m.Name));
            })
            .ToHashSet();

        // The scan sees real calls (CompatEngineBuilder.AddRule(Type) creates rules from Types given in code) ...
        Assert.Contains(("System.Activator", "CreateInstance"), referenced);
        // ... and none that turns a name into a type.
        Assert.All(Forbidden, forbidden => Assert.DoesNotContain(forbidden, referenced));
    }

    [Fact]
    public void FactKinds_AreFixedNamesOfTheLibrarysOwnFactTypes()
    {
        foreach (var codec in FactCodecs.All)
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", codec.Kind);
            Assert.Equal("CompatRules.Facts", codec.FactType.Namespace);
            Assert.Same(typeof(FactSnapshot).Assembly, codec.FactType.Assembly);
        }
    }
}
