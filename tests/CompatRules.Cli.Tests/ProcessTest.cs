using CompatRules.Cli.Tests.NativeTool;

namespace CompatRules.Cli.Tests;

public class ProcessTest
{
    [Theory]
    [InlineData(new[] { "rules", "list" }, 0, "KOVN-TPROXY-MPTCP")]
    [InlineData(new[] { "frobnicate" }, 2, "")]
    public async Task Run_BuiltToolAsProcess_ExitCodeAndOutput(string[] args, int expectedCode, string expectedInStdout)
    {
        var (code, stdout, stderr) = await ToolProcess.JitAsync(args, null);
        Assert.Equal(expectedCode, code);
        Assert.Contains(expectedInStdout, stdout);
        Assert.Equal(expectedCode == 2, stderr.StartsWith("compatrules: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_SampleInventoryAsProcess_ListsPerRuleNodeCounts()
    {
        var (code, stdout, stderr) = await ToolProcess.JitAsync(["cluster", "samples/cluster-inventory/inventory.json", "--format", "json"], null);
        Assert.Equal(1, code);
        var json = System.Text.Json.JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(3, json.GetProperty("nodeCount").GetInt32());
        Assert.All(json.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("affected").GetProperty("count").GetInt32() + f.GetProperty("unknown").GetProperty("count").GetInt32() + f.GetProperty("error").GetProperty("count").GetInt32() > 0));
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task Run_TruncatedInventoryOnStdinAsProcess_Exits2WithLocation()
    {
        var (code, stdout, stderr) = await ToolProcess.JitAsync(["cluster", "-"], "{\n  \"kind\": \"List\",\n  \"items\": [\n");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("compatrules: <stdin>:4: JSON path $.items[0]: the document ends before its objects and arrays are closed", stderr);
    }
}
