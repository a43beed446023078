using System.Reflection;
using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Tests.Support;

namespace CompatRules.Cli.Tests;

/// <summary>One version everywhere: <c>compatrules --version</c>, SARIF's <c>tool.driver.version</c> and the library
/// assembly all say what Version.props declares.</summary>
public class VersionTest
{
    [Fact]
    public void VersionOption_PrintsTheDeclaredVersionAndTheCommit()
    {
        var stdout = new StringWriter();
        var code = Program.Run(["--version"], stdout, new StringWriter());

        Assert.Equal(0, code);
        var printed = stdout.ToString().Trim();
        Assert.Equal(ProjectVersion.Declared, printed.Split('+')[0]);
    }

    [Fact]
    public void Sarif_DriverVersion_IsTheDeclaredVersion()
    {
        var sarif = JsonDocument.Parse(GoldenOutputTest.Render("sarif", new Output.ReportBatch([TestReports.NodeA()]))).RootElement;

        Assert.Equal(ProjectVersion.Declared, sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("version").GetString());
    }

    [Fact]
    public void LibraryAndTool_CarryTheSameInformationalVersion()
    {
        static string? Informational(Assembly a) => a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        var library = Informational(typeof(CompatEngine).Assembly);
        Assert.StartsWith(ProjectVersion.Declared, library);
        Assert.Equal(library, Informational(typeof(Program).Assembly));
    }
}
