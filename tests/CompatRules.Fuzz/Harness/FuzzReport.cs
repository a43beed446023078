namespace CompatRules.Fuzz.Harness;

/// <summary>What one target's run did.</summary>
/// <param name="Target">The target name.</param>
/// <param name="Cases">Cases run.</param>
/// <param name="Rejected">Cases the parser rejected with its documented exception.</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="MaxCaseAllocation">The most bytes one case allocated.</param>
/// <param name="Failure">The first failing case, described for replay, or null.</param>
internal sealed record FuzzReport(string Target, long Cases, long Rejected, TimeSpan Elapsed, long MaxCaseAllocation, string? Failure)
{
    public double CasesPerSecond => Elapsed.TotalSeconds > 0 ? Cases / Elapsed.TotalSeconds : Cases;

    public override string ToString()
        => $"{Target}: {Cases:N0} cases ({Rejected:N0} rejected as documented) in {Elapsed.TotalSeconds:F1} s = {CasesPerSecond:N0}/s, max {MaxCaseAllocation / 1024:N0} KiB allocated by one case, {(Failure is null ? "no failures" : "FAILED")}";
}
