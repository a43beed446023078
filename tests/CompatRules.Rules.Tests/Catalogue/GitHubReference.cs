using System.Text.RegularExpressions;

namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>An issue or pull request number, with the repository's name when the text names it.</summary>
/// <param name="Repository">The repository's name without its owner (lower case), or null when the text gives a bare <c>#N</c>.</param>
/// <param name="Number">The issue or pull request number.</param>
public sealed partial record GitHubReference(string? Repository, int Number)
{
    /// <summary>Reads <c>https://github.com/OWNER/REPO/issues/N</c> or <c>.../pull/N</c>; null for any other URL.</summary>
    public static GitHubReference? FromUrl(string url)
    {
        var match = IssueOrPullUrl().Match(url);
        return match.Success ? new GitHubReference(match.Groups["repo"].Value.ToLowerInvariant(), int.Parse(match.Groups["n"].Value)) : null;
    }

    /// <inheritdoc />
    public override string ToString() => Repository is null ? $"#{Number}" : $"{Repository}#{Number}";

    [GeneratedRegex(@"^https://github\.com/[^/]+/(?<repo>[^/]+)/(issues|pull)/(?<n>[0-9]+)$")]
    private static partial Regex IssueOrPullUrl();
}
