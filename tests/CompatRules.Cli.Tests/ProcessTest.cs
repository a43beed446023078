using System.Diagnostics;

namespace CompatRules.Cli.Tests;

public class ProcessTest
{
    [Theory]
    [InlineData(new[] { "rules", "list" }, 0, "KOVN-TPROXY-MPTCP")]
    [InlineData(new[] { "frobnicate" }, 2, "")]
    public async Task Run_BuiltToolAsProcess_ExitCodeAndOutput(string[] args, int expectedCode, string expectedInStdout)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CompatRules.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(expectedCode, process.ExitCode);
        Assert.Contains(expectedInStdout, await stdout);
        Assert.Equal(expectedCode == 2, (await stderr).StartsWith("compatrules: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SampleInventoryAsProcess_ListsPerRuleNodeCounts()
    {
        var (code, stdout, stderr) = await RunFromRepositoryRoot("cluster", "samples/cluster-inventory/inventory.json", "--format", "json");
        Assert.Equal(1, code);
        var json = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(3, json.GetProperty("nodeCount").GetInt32());
        Assert.All(json.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("affected").GetProperty("count").GetInt32() + f.GetProperty("unknown").GetProperty("count").GetInt32() + f.GetProperty("error").GetProperty("count").GetInt32() > 0));
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task Run_TruncatedInventoryOnStdinAsProcess_Exits2WithLocation()
    {
        var (code, stdout, stderr) = await RunFromRepositoryRoot(["cluster", "-"], "{\n  \"kind\": \"List\",\n  \"items\": [\n");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("compatrules: <stdin>:4: JSON path $.items[0]: the document ends before its objects and arrays are closed", stderr);
    }

    internal static Task<(int Code, string Stdout, string Stderr)> RunFromRepositoryRoot(params string[] args) => RunFromRepositoryRoot(args, null);

    private static async Task<(int Code, string Stdout, string Stderr)> RunFromRepositoryRoot(string[] args, string? stdin)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = Path.GetFullPath(Path.Combine(GoldenOutputTest.ProjectDirectory(), "..", "..")),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CompatRules.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? string.Empty);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
