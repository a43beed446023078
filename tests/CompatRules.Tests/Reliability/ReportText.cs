using CompatRules.Reports;

namespace CompatRules.Tests.Reliability;

/// <summary>A report as canonical JSON, optionally without some rules, so that whole reports compare exactly.</summary>
internal static class ReportText
{
    public static string Of(CompatReport report, params string[] withoutRules)
        => ReportJson.Serialize(new CompatReport(report.Subject, report.Results.Where(r => !withoutRules.Contains(r.RuleId))));
}
