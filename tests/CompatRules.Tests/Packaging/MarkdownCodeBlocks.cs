using System.Text.RegularExpressions;

namespace CompatRules.Tests.Packaging;

/// <summary>One fenced code block of a Markdown file: its language, its text, the line its fence opens on, and
/// whether the line before the fence marks it as a fragment (<c>&lt;!-- fragment: why --&gt;</c>).</summary>
internal sealed record MarkdownCodeBlock(string Language, string Code, int Line, string? FragmentReason);

/// <summary>Reads the fenced code blocks (<c>```lang</c> ... <c>```</c>) of a Markdown file.</summary>
internal static partial class MarkdownCodeBlocks
{
    /// <summary>The languages that are C#: <c>csharp</c>, <c>cs</c> and <c>c#</c>.</summary>
    public static readonly IReadOnlySet<string> CSharp = new HashSet<string>(["csharp", "cs", "c#"], StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MarkdownCodeBlock> Read(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<MarkdownCodeBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            var marker = start > 0 ? FragmentMarker().Match(lines[start - 1]) : Match.Empty;
            blocks.Add(new MarkdownCodeBlock(open.Groups["lang"].Value, string.Join('\n', body), start + 1,
                marker.Success ? marker.Groups["why"].Value.Trim() : null));
        }

        return blocks;
    }

    [GeneratedRegex(@"^\s*```(?<lang>[^\s`]*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*fragment:(?<why>.*)-->\s*$")]
    private static partial Regex FragmentMarker();
}
