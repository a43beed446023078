using System.Text.RegularExpressions;
using CompatRules.Engine;

namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>Every issue or pull request a rule cites uses the form <see cref="ReferenceForms"/> lists for it.</summary>
public partial class ReferenceFormTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    private static IEnumerable<(string Rule, string Number, string Form)> Cited =>
        from rule in Engine.Rules
        from url in rule.References
        let match = NumberedUrl().Match(url.OriginalString)
        where match.Success
        select (rule.Id, match.Groups["repo"].Value.ToLowerInvariant() + "#" + match.Groups["n"].Value, match.Groups["form"].Value);

    [Fact]
    public void References_UseTheVerifiedIssueOrPullForm()
    {
        var contradictions = Cited.Where(c => ReferenceForms.Known.TryGetValue(c.Number, out var form) && form != c.Form)
            .Select(c => $"{c.Rule} cites {c.Number} as {c.Form}, but it is {(ReferenceForms.Known[c.Number] == ReferenceForms.Pull ? "a pull request" : "an issue")}")
            .ToList();

        Assert.True(contradictions.Count == 0, string.Join("; ", contradictions));
    }

    [Fact]
    public void References_AreAllInTheVerifiedList()
    {
        var unlisted = Cited.Where(c => !ReferenceForms.Known.ContainsKey(c.Number)).Select(c => $"{c.Rule}: {c.Number}").Distinct().ToList();

        Assert.True(unlisted.Count == 0, "add these to ReferenceForms after checking upstream: " + string.Join(", ", unlisted));
    }

    [Theory]
    [InlineData("projectcalico/calico#7007")]
    [InlineData("projectcalico/calico#9036")]
    [InlineData("kubernetes/kubernetes#122296")]
    [InlineData("submariner-io/submariner#3525")]
    public void Known_AuditedPulls_ArePulls(string number) => Assert.Equal(ReferenceForms.Pull, ReferenceForms.Known[number]);

    [GeneratedRegex(@"^https://github\.com/(?<repo>[^/]+/[^/]+)/(?<form>issues|pull)/(?<n>[0-9]+)$")]
    private static partial Regex NumberedUrl();
}
