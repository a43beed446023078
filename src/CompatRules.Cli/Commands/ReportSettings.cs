using System.CommandLine;
using CompatRules.Reports;

namespace CompatRules.Cli.Commands;

/// <summary>The options of one report run, parsed and validated against the rule set: an unknown rule id, component
/// or what-if name, or two what-if values for one name, is an error, never a run that silently checks less.</summary>
internal sealed record ReportSettings(
    string Format,
    string? Output,
    Severity FailOn,
    bool FailOnUnknown,
    IReadOnlySet<string> Skip,
    string? Only,
    IReadOnlyList<Assumption> Assumptions)
{
    /// <exception cref="CliException">A name is unknown or given twice.</exception>
    public static ReportSettings From(ParseResult parse, ReportOptions options, RuleEngine engine)
    {
        var ruleIds = engine.Rules.Select(r => r.Id).ToList();
        var skip = (parse.GetValue(options.Skip) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in skip.Where(id => !ruleIds.Contains(id, StringComparer.OrdinalIgnoreCase)))
        {
            throw new CliException($"--skip {id}: no rule has this id{KnownNames.DidYouMean(id, ruleIds)} (see 'compatrules rules list').");
        }

        var components = KnownNames.Components(engine);
        var only = parse.GetValue(options.Only);
        if (only is not null)
        {
            if (!components.Contains(only.ToLowerInvariant()))
            {
                throw new CliException($"--only {only}: not a component{KnownNames.DidYouMean(only, components)} (components: {string.Join(", ", components.Order(StringComparer.Ordinal))}).");
            }

            if (!engine.Rules.Any(r => string.Equals(r.Component, only, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CliException($"--only {only}: no rule is about this component, so nothing would be checked (see 'compatrules rules list').");
            }
        }

        var assumptions = (parse.GetValue(options.Assume) ?? []).Select(Assumption.Parse).ToList();
        foreach (var assumption in assumptions)
        {
            if (assumption.Subject != Assumption.Kernel && !components.Contains(assumption.Subject))
            {
                throw new CliException($"--assume {assumption.Text}: '{assumption.Subject}' is not a component{KnownNames.DidYouMean(assumption.Subject, components.Append(Assumption.Kernel))} " +
                    $"(use kernel or one of {string.Join(", ", components.Order(StringComparer.Ordinal))}).");
            }
        }

        if (assumptions.GroupBy(a => a.Subject).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new CliException($"--assume: {twice.Key} is given {twice.Count()} times ({string.Join(", ", twice.Select(a => a.Text))}); give one value per name.");
        }

        return new ReportSettings(
            parse.GetValue(options.Format) ?? "table",
            parse.GetValue(options.Output),
            Enum.Parse<Severity>(parse.GetValue(options.FailOn) ?? "high", ignoreCase: true),
            parse.GetValue(options.FailOnUnknown),
            skip,
            only,
            assumptions);
    }

    /// <summary>The rules a filtered report holds results of.</summary>
    public IReadOnlyList<RuleMetadata> FilterRules(IEnumerable<RuleMetadata> rules)
        => [.. rules.Where(r => !Skip.Contains(r.Id) && (Only is null || string.Equals(r.Component, Only, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The report without the rules left out by <c>--skip</c> and <c>--only</c>.</summary>
    public CompatReport Filter(CompatReport report)
        => Skip.Count == 0 && Only is null
            ? report
            : new CompatReport(report.Subject, report.Results.Where(r => !Skip.Contains(r.RuleId) && (Only is null || string.Equals(r.Component, Only, StringComparison.OrdinalIgnoreCase))));
}
