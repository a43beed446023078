using System.Reflection;
using System.Text.RegularExpressions;
using CompatRules.Dsl;
using CompatRules.Engine;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>
/// The catalogue as a whole: ids unique, every issue rule carrying all the metadata the knowledge-base issue asks for,
/// references in canonical form, and every issue or pull request number of <c>shared/docs/knowledge.md</c> cited.
/// </summary>
public partial class CatalogueTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static IEnumerable<RuleMetadata> IssueRules => Engine.Rules.Where(r => !r.IsDerivation);

    /// <summary>The ids of the rules that report an issue (derivations excluded).</summary>
    public static TheoryData<string> IssueRuleIds => new(IssueRules.Select(r => r.Id));

    [Fact]
    public void Ids_AreUniqueAcrossAllBuiltInRules()
    {
        var duplicates = Engine.Rules.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_AreUpperCaseWordsJoinedByHyphens()
    {
        var malformed = Engine.Rules.Select(r => r.Id).Where(id => !RuleIdPattern().IsMatch(id)).ToList();

        Assert.Empty(malformed);
    }

    [Fact]
    public void Catalogue_CoversEveryKnowledgeBaseSection()
    {
        var components = IssueRules.Select(r => r.Component).ToHashSet(StringComparer.Ordinal);
        string[] expected = ["kube-ovn", "submariner", "k0s", "kube-proxy", "calico", "spiderpool"];

        Assert.All(expected, component => Assert.Contains(component, components));
        Assert.Equal(17, IssueRules.Count(r => r.Component == "spiderpool"));
    }

    [Fact]
    public void Catalogue_CoversTheComponentsBeyondTheSeeds()
    {
        var components = IssueRules.Select(r => r.Component).ToHashSet(StringComparer.Ordinal);
        string[] beyond = ["cilium", "flannel", "kube-router", "metallb", "antrea"];

        Assert.All(beyond, component => Assert.Contains(component, components));
        Assert.True(components.Count >= 11, $"expected at least 11 components, found {components.Count}: {string.Join(", ", components.Order(StringComparer.Ordinal))}");
    }

    [Theory]
    [MemberData(nameof(IssueRuleIds))]
    public void IssueRule_HasEveryMetadataField(string id)
    {
        var rule = Rule(id);
        var missing = new List<string>();
        Require(!string.IsNullOrWhiteSpace(rule.Title), "title");
        Require(!string.IsNullOrWhiteSpace(rule.Description), "description");
        Require(rule.RuleType?.GetCustomAttribute<SeverityAttribute>() is not null, "an explicit [Severity]");
        Require(!string.IsNullOrWhiteSpace(rule.Component), "component");
        Require(!string.IsNullOrWhiteSpace(rule.Symptom), "symptom");
        Require(rule.Conditions.Length > 0, "conditions");
        Require(rule.Remediation.Length > 0, "remediation");
        Require(rule.Affected.Length > 0, "affected ranges");
        Require(rule.References.Length > 0, "references");

        // An issue with no upstream fix says so in words instead of listing fixed-in versions.
        Require(rule.FixedIn.Length > 0 || NoFixPattern().IsMatch(rule.Description), "fixed-in versions (or a description saying no fix exists)");

        Assert.True(missing.Count == 0, $"{id} lacks: {string.Join(", ", missing)}");

        void Require(bool present, string field)
        {
            if (!present)
            {
                missing.Add(field);
            }
        }
    }

    [Theory]
    [MemberData(nameof(IssueRuleIds))]
    public void IssueRule_ReferencesAreCanonicalGitHubUrls(string id)
    {
        var notCanonical = Rule(id).References.Select(u => u.OriginalString).Where(u => !CanonicalGitHubUrl().IsMatch(u)).ToList();

        Assert.Empty(notCanonical);
    }

    [Theory]
    [MemberData(nameof(IssueRuleIds))]
    public void IssueRule_FixedInVersionsLieOutsideItsAffectedRanges(string id)
    {
        var rule = Rule(id);
        var contradictions =
            from fix in rule.FixedIn
            where fix.Subject != "kernel" && SoftwareVersion.TryParse(fix.Version, out _)
            from affected in rule.Affected
            where affected.Subject == fix.Subject && affected.Range.Contains(SoftwareVersion.Parse(fix.Version))
            select $"{fix} is inside {affected}";

        Assert.Empty(contradictions);
    }

    [Theory]
    [MemberData(nameof(IssueRuleIds))]
    public void IssueRule_FixedInVersionsParse(string id)
    {
        var unparsable = Rule(id).FixedIn
            .Where(f => f.Subject == "kernel" ? !KernelVersion.TryParse(f.Version, out _) : !SoftwareVersion.TryParse(f.Version, out _))
            .ToList();

        Assert.Empty(unparsable);
    }

    [Fact]
    public void KnowledgeBase_EveryIssueAndPullRequestNumberIsCitedBySomeRule()
    {
        var cited = IssueRules.SelectMany(r => r.References).Select(u => GitHubReference.FromUrl(u.OriginalString)).OfType<GitHubReference>().ToList();
        var listed = KnowledgeBaseReferences.Read(KnowledgeBaseReferences.DefaultPath());

        var uncited = listed.Where(k => !cited.Any(c => c.Number == k.Number && (k.Repository is null || c.Repository == k.Repository)))
            .Select(k => k.ToString())
            .Distinct()
            .ToList();

        Assert.True(listed.Count > 100, $"expected the knowledge base to list over 100 references, read {listed.Count}");
        Assert.True(uncited.Count == 0, "not cited by any rule: " + string.Join(", ", uncited));
    }

    private static RuleMetadata Rule(string id) => Engine.Rules.Single(r => r.Id == id);

    [GeneratedRegex(@"^[A-Z0-9]+(-[A-Z0-9]+)+$")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^https://github\.com/[A-Za-z0-9-]+/[A-Za-z0-9._-]+(/(issues|pull)/[1-9][0-9]*)?$")]
    private static partial Regex CanonicalGitHubUrl();

    [GeneratedRegex(@"\b(no (upstream )?fix|no fixed release|not fixed|still open|unfixed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoFixPattern();
}
