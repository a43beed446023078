using System.Text.RegularExpressions;

namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>
/// Reads every issue and pull request number out of <c>shared/docs/knowledge.md</c>: <c>owner/repo#N</c> and the
/// short forms the file uses (<c>k/k#N</c>, <c>calico#N</c>, <c>ovn-k#N</c> ...) keep their repository; a bare
/// <c>#N</c> keeps only its number.
/// </summary>
public static partial class KnowledgeBaseReferences
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k/k"] = "kubernetes",
        ["ovn-k"] = "ovn-kubernetes",
        ["ovn-kubernetes"] = "ovn-kubernetes",
        ["calico"] = "calico",
        ["felix"] = "felix",
        ["criu"] = "criu",
        ["submariner"] = "submariner",
        ["submariner-website"] = "submariner-website",
    };

    /// <summary>The knowledge base beside the repository: <c>../shared/docs/knowledge.md</c> from the repository root.</summary>
    public static string DefaultPath() => Path.GetFullPath(Path.Combine(RepositoryRoot.Find(), "..", "shared", "docs", "knowledge.md"));

    /// <summary>Every reference in the file, in order of appearance (duplicates kept).</summary>
    public static IReadOnlyList<GitHubReference> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The knowledge base is not at {path}: CI checks out ../shared beside the repository.", path);
        }

        return Parse(File.ReadAllText(path));
    }

    /// <summary>Every reference in a knowledge-base text.</summary>
    public static IReadOnlyList<GitHubReference> Parse(string text)
        => Reference().Matches(text).Select(ToReference).ToList();

    private static GitHubReference ToReference(Match match)
    {
        var number = int.Parse(match.Groups["n"].Value);
        var prefix = match.Groups["prefix"].Value;
        if (prefix.Length == 0)
        {
            return new GitHubReference(null, number);
        }

        if (Aliases.TryGetValue(prefix, out var alias))
        {
            return new GitHubReference(alias, number);
        }

        var slash = prefix.IndexOf('/');
        return new GitHubReference(slash > 0 ? prefix[(slash + 1)..].ToLowerInvariant() : null, number);
    }

    [GeneratedRegex(@"(?<prefix>[A-Za-z0-9._-]+/[A-Za-z0-9._-]+|[A-Za-z][A-Za-z0-9._-]*)?#(?<n>[0-9]+)")]
    private static partial Regex Reference();
}
