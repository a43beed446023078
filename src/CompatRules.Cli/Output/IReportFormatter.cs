namespace CompatRules.Cli.Output;

/// <summary>Writes reports in one output format (table, json, sarif, junit, nfd, prometheus).</summary>
public interface IReportFormatter
{
    /// <summary>Writes <paramref name="batch"/> to <paramref name="writer"/>.</summary>
    /// <param name="batch">The reports.</param>
    /// <param name="writer">Where to write; the text ends with a newline.</param>
    void Write(ReportBatch batch, TextWriter writer);
}
