using CompatRules.Fuzz.Harness;
using CompatRules.Fuzz.Targets;
using Xunit.Abstractions;

namespace CompatRules.Fuzz;

/// <summary>Runs a target with the budget from the environment and fails the test with a replayable description.</summary>
internal static class FuzzAssert
{
    public static void Holds(string target, ITestOutputHelper output)
    {
        var settings = FuzzSettings.FromEnvironment();
        var report = FuzzRunner.Run(FuzzTargets.Get(target), settings);
        output.WriteLine(report.ToString());
        Assert.True(report.Failure is null, report.Failure);
        Assert.Equal(settings.Replay is null ? settings.Cases : report.Cases, report.Cases);
    }
}
