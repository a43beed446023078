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
}
