using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary>The exit codes and how a run's reports map to them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Findings = 1;
    public const int UsageOrInput = 2;

    /// <summary>1 when a result at or above <paramref name="failOn"/> is Affected, or when <paramref name="failOnUnknown"/>
    /// and a result is Unknown or Error; otherwise 0.</summary>
    public static int For(IEnumerable<CompatReport> reports, Severity failOn, bool failOnUnknown)
    {
        var results = reports.SelectMany(r => r.Results).ToList();
        var failed = results.Any(r => r.Outcome == Outcome.Affected && r.Severity >= failOn)
            || (failOnUnknown && results.Any(r => r.Outcome is Outcome.Unknown or Outcome.Error));
        return failed ? Findings : Ok;
    }

    /// <summary>The exit code of a run, counted report by report.</summary>
    internal sealed class Tally(Severity failOn, bool failOnUnknown)
    {
        private bool _failed;

        public int Code => _failed ? Findings : Ok;

        public void Add(CompatReport report)
            => _failed |= report.Results.Any(r => (r.Outcome == Outcome.Affected && r.Severity >= failOn)
                || (failOnUnknown && r.Outcome is Outcome.Unknown or Outcome.Error));
    }
}
