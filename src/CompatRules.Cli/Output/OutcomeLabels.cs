using CompatRules.Reports;

namespace CompatRules.Cli.Output;

/// <summary>Outcome names for labels and tables.</summary>
internal static class OutcomeLabels
{
    /// <summary>Lower-case with dashes, valid as a Kubernetes label value: <c>not-affected</c>.</summary>
    public static string Kebab(Outcome outcome) => outcome switch
    {
        Outcome.NotAffected => "not-affected",
        Outcome.NotApplicable => "not-applicable",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>Upper-case words for the table: <c>NOT AFFECTED</c>.</summary>
    public static string Words(Outcome outcome) => Kebab(outcome).Replace('-', ' ').ToUpperInvariant();
}
