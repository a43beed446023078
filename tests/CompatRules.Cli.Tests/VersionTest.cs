using System.Reflection;
using System.Text.Json;
using CompatRules.Cli.Tests.Fixtures;
using CompatRules.Tests.Support;

namespace CompatRules.Cli.Tests;

/// <summary>One version everywhere: <c>compatrules --version</c>, SARIF's <c>tool.driver.version</c> and the library
/// assembly all say what Version.props declares.</summary>
public class VersionTest
{
    /// <summary>Run as a process: System.CommandLine prints the entry assembly's version, which in-process is the
    /// test host's.</summary>
    [Fact]
    public async Task VersionOption_PrintsTheDeclaredVersionAndTheCommit()
    {
        var (code, stdout, stderr) = await NativeTool.ToolProcess.JitAsync(["--version"], null);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var parts = stdout.Trim().Split('+');
        Assert.Equal(ProjectVersion.Declared, parts[0]);
        Assert.Matches("^[0-9a-f]{40}$", Assert.Single(parts[1..]));
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
