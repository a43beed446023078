namespace CompatRules.Cli.Tests.Fixtures;

/// <summary>A test that runs the SARIF Multitool (npm package <c>@microsoft/sarif-multitool-linux</c>), found through
/// the environment variable <c>COMPATRULES_SARIF_MULTITOOL</c> (the executable's path; <c>.ci/run</c> installs it and
/// sets it). Without it the test is reported as skipped, never as passed.</summary>
public sealed class SarifMultitoolFactAttribute : FactAttribute
{
    public const string Variable = "COMPATRULES_SARIF_MULTITOOL";

    public SarifMultitoolFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set (.ci/run installs the SARIF Multitool and sets it)";
        }
    }
}
