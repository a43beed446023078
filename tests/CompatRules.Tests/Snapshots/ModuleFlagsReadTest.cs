using CompatRules.Facts;
using CompatRules.Snapshots;

namespace CompatRules.Tests.Snapshots;

/// <summary>A module's evidence flags read from a snapshot combine; a flag written twice is still that flag.</summary>
public class ModuleFlagsReadTest
{
    private static ModuleEvidence Read(string flags)
    {
        var json = "{ \"schemaVersion\": 1, \"facts\": [ { \"kind\": \"kernel-modules\", \"modules\": { \"nf_tables\": [" + flags + "] } } ] }";
        return FactSnapshot.Deserialize(json).OfType<KernelModules>().Single().Modules["nf_tables"];
    }

    [Theory]
    [InlineData("\"loaded\"", ModuleEvidence.Loaded)]
    [InlineData("\"loaded\", \"loaded\"", ModuleEvidence.Loaded)]
    [InlineData("\"loaded\", \"builtIn\", \"loaded\"", ModuleEvidence.Loaded | ModuleEvidence.BuiltIn)]
    public void Deserialize_ModuleFlags_Combine(string flags, ModuleEvidence expected)
        => Assert.Equal(expected, Read(flags));
}
