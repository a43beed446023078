namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>A fact that runs the natively published tool: skipped, naming how to build it, when the binary is absent,
/// unless <c>COMPATRULES_REQUIRE_NATIVE_TOOL=1</c> (then it runs and fails saying the binary is missing).</summary>
public sealed class NativeToolFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from <see cref="NativeToolLocation.SkipReason()"/>.</summary>
    public NativeToolFactAttribute()
    {
        Skip = NativeToolLocation.SkipReason();
    }
}
