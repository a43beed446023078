using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

/// <summary>Colour, NO_COLOR and reader warnings: what reaches a terminal.</summary>
public class TerminalOutputTest
{
    private static readonly CompatRules.Facts.FactSet Node = TestEngine.Node("n1", kubeProxy: "v1.29.2");

    [Theory]
    [InlineData(false, null, true)]
    [InlineData(false, "", true)]
    [InlineData(false, "1", false)]
    [InlineData(false, "0", false)]
    [InlineData(true, null, false)]
    public void UseColor_TerminalAndNoColor_ColourOnlyOnATerminalWithoutNoColor(bool outputRedirected, string? noColor, bool expected)
        => Assert.Equal(expected, CliServices.UseColor(outputRedirected, noColor));

    [Fact]
    public void Run_ColorTableToStdout_PaintsOutcomes()
    {
        var run = CliRun.With(Services(color: true), "evaluate", "f.json");
        Assert.Contains("\u001b[31;1mAFFECTED", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', CliRun.With(Services(color: false), "evaluate", "f.json").Stdout);
    }

    [Fact]
    public void Run_ColorTableToFile_WritesNoEscapeCodes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"compatrules-{Guid.NewGuid():N}.txt");
        try
        {
            Assert.Equal(1, CliRun.With(Services(color: true), "evaluate", "f.json", "-o", path).ExitCode);
            var text = File.ReadAllText(path);
            Assert.Contains("AFFECTED", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Run_SourceWithManyWarnings_ShowsTheFirstFiveAndACount()
    {
        var warnings = Enumerable.Range(1, 7).Select(i => $"inv.json:{i}: JSON path $.items[{i}]: skipped").ToList();
        var services = new CliServices { Engine = TestEngine.Create(), InventoryFacts = (p, _) => new InMemorySource($"inventory {p}", [Node], warnings: warnings) };
        var run = CliRun.With(services, "cluster", "inv.json", "--format", "nfd");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            string.Concat(warnings.Take(5).Select(w => $"compatrules: warning: {w}\n")) + "compatrules: warning: 2 more warning(s) about inventory inv.json not shown\n",
            run.Stderr);
    }

    private static CliServices Services(bool color) => new()
    {
        Engine = TestEngine.Create(),
        SnapshotFacts = p => new InMemorySource($"snapshot {p}", [Node]),
        Color = color,
    };
}
