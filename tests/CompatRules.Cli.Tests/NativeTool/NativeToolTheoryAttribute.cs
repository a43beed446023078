namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>A theory that runs the natively published tool, skipped as <see cref="NativeToolFactAttribute"/> is.</summary>
public sealed class NativeToolTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason from <see cref="NativeToolLocation.SkipReason()"/>.</summary>
    public NativeToolTheoryAttribute()
    {
        Skip = NativeToolLocation.SkipReason();
    }
}
