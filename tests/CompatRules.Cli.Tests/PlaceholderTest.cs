namespace CompatRules.Cli.Tests;

public class ProgramTest
{
    [Fact]
    public void Main_UnknownArgument_ReturnsUsageError() => Assert.Equal(2, CompatRules.Cli.Program.Main(["--nonsense"]));
}
