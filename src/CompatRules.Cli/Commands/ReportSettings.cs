using System.CommandLine;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary>The common options of one run, parsed and validated.</summary>
internal sealed record ReportSettings(
    string Format,
    string? Output,
    Severity FailOn,
    bool FailOnUnknown,
    IReadOnlySet<string> Skip,
    string? Only,
    IReadOnlyList<Assumption> Assumptions)
{
    public static ReportSettings From(ParseResult parse, CommonOptions options) => new(
        parse.GetValue(options.Format) ?? "table",
        parse.GetValue(options.Output),
        Enum.Parse<Severity>(parse.GetValue(options.FailOn) ?? "high", ignoreCase: true),
        parse.GetValue(options.FailOnUnknown),
        (parse.GetValue(options.Skip) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase),
        parse.GetValue(options.Only),
        [.. (parse.GetValue(options.Assume) ?? []).Select(Assumption.Parse)]);

    /// <summary>The report without the rules left out by <c>--skip</c> and <c>--only</c>.</summary>
    public CompatReport Filter(CompatReport report)
        => Skip.Count == 0 && Only is null
            ? report
            : new CompatReport(report.Subject, report.Results.Where(r => !Skip.Contains(r.RuleId) && (Only is null || string.Equals(r.Component, Only, StringComparison.OrdinalIgnoreCase))));
}
