using System.Text;
using System.Text.RegularExpressions;

namespace CompatRules.Reports;

/// <summary>
/// Writes a rule catalogue as a Markdown table (id, component, severity, affected, fixed in, references): the
/// generator of <c>docs/rules.md</c>, usable for a host's own rule sets too.
/// </summary>
/// <remarks>The output is deterministic: rules ordered by component then id, derivation rules left out, <c>\n</c> line ends.</remarks>
public static partial class RuleCatalogueMarkdown
{
    /// <summary>Writes the catalogue of <paramref name="rules"/> as a Markdown document.</summary>
    /// <param name="rules">The rules' metadata, e.g. <c>RuleEngine.Rules</c>.</param>
    /// <param name="title">The document's heading.</param>
    /// <param name="preamble">Paragraphs written between the heading and the table; may be empty.</param>
    /// <returns>The Markdown text, ending with a newline.</returns>
    public static string Write(IEnumerable<RuleMetadata> rules, string title, string preamble)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(preamble);

        var text = new StringBuilder();
        text.Append("# ").Append(title).Append('\n').Append('\n');
        if (preamble.Length > 0)
        {
            text.Append(preamble.TrimEnd()).Append('\n').Append('\n');
        }

        text.Append("| Id | Component | Severity | Title | Affected | Fixed in | References |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        foreach (var rule in rules.Where(r => !r.IsDerivation).OrderBy(r => r.Component ?? string.Empty, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            text.Append("| `").Append(rule.Id).Append("` | ")
                .Append(Cell(rule.Component ?? "–")).Append(" | ")
                .Append(rule.Severity.ToString().ToLowerInvariant()).Append(" | ")
                .Append(Cell(rule.Title)).Append(" | ")
                .Append(Cell(JoinOrDash(rule.Affected.Select(a => a.ToString())))).Append(" | ")
                .Append(Cell(JoinOrDash(rule.FixedIn.Select(f => f.ToString()), "none upstream"))).Append(" | ")
                .Append(JoinOrDash(rule.References.Select(Link))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string JoinOrDash(IEnumerable<string> parts, string whenEmpty = "–")
    {
        var joined = string.Join("; ", parts);
        return joined.Length == 0 ? whenEmpty : joined;
    }

    private static string Link(Uri reference)
    {
        var url = reference.OriginalString;
        var match = IssueOrPull().Match(url);
        var label = match.Success ? $"{match.Groups["owner"].Value}/{match.Groups["repo"].Value}#{match.Groups["n"].Value}" : url;
        return $"[{label}]({url})";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    [GeneratedRegex(@"^https://github\.com/(?<owner>[^/]+)/(?<repo>[^/]+)/(issues|pull)/(?<n>[0-9]+)$")]
    private static partial Regex IssueOrPull();
}
