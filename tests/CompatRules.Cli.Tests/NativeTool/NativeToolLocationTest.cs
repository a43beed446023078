namespace CompatRules.Cli.Tests.NativeTool;

/// <summary>The native tool's tests skip only when the binary is absent and skipping is allowed.</summary>
public class NativeToolLocationTest
{
    [Fact]
    public void SkipReason_BinaryAbsent_NamesThePathAndHowToBuildIt()
    {
        var reason = NativeToolLocation.SkipReason("/nowhere/CompatRules.Cli", exists: false, required: false);

        Assert.NotNull(reason);
        Assert.Contains("/nowhere/CompatRules.Cli", reason, StringComparison.Ordinal);
        Assert.Contains("dotnet publish src/CompatRules.Cli", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, true)] // required: runs, and fails saying the binary is missing
    public void SkipReason_PresentOrRequired_DoesNotSkip(bool exists, bool required)
    {
        Assert.Null(NativeToolLocation.SkipReason("/nowhere/CompatRules.Cli", exists, required));
    }
}
