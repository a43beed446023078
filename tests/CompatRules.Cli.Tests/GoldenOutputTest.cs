using CompatRules.Cli.Cluster;
using CompatRules.Cli.Output;
using CompatRules.Cli.Tests.Fixtures;

namespace CompatRules.Cli.Tests;

public class GoldenOutputTest
{
    /// <summary>The time of every fixed run: NFD feature files expire a day after it.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The run the golden outputs describe: no colour, a fixed time, the input file facts.json.</summary>
    public static readonly OutputContext Context = new() { Now = Now, InputFile = "facts.json" };

    public static TheoryData<string> Formats => [.. ReportFormatters.Names];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_FixedReport_MatchesGolden(string format)
        => AssertGolden(format, Render(format, new ReportBatch([TestReports.NodeA()])));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Write_FixedCluster_MatchesGolden(string format)
    {
        var reports = new[] { TestReports.NodeA(), TestReports.NodeB() };
        AssertGolden("cluster-" + format, Render(format, new ReportBatch(reports, ClusterSummary.Create(reports))));
    }

    [Fact]
    public void Write_TableWithColor_WrapsOutcomesInAnsiCodes()
    {
        var text = new StringWriter();
        ReportFormatters.Create("table", color: true).Write(new ReportBatch([TestReports.NodeA()]), text);
        Assert.Contains("\u001b[31;1mAFFECTED", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', Render("table", new ReportBatch([TestReports.NodeA()])));
    }

    internal static string Render(string format, ReportBatch batch) => RenderExact(format, batch).Replace("\r\n", "\n");

    /// <summary>The output as written, carriage returns included.</summary>
    internal static string RenderExact(string format, ReportBatch batch)
    {
        var text = new StringWriter { NewLine = "\n" };
        ReportFormatters.Create(format, Context).Write(batch, text);
        return text.ToString();
    }

    private static void AssertGolden(string name, string actual)
    {
        var path = Path.Combine(ProjectDirectory(), "Golden", name + ".txt");
        if (Environment.GetEnvironmentVariable("COMPATRULES_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No golden file {path}; run with COMPATRULES_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
    }

    internal static string ProjectDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CompatRules.Cli.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"CompatRules.Cli.Tests.csproj is not above {AppContext.BaseDirectory}.");
    }
}
