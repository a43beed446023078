using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Tests.Reports;

public class RuleCatalogueMarkdownTest
{
    private static readonly RuleMetadata Zeta = new()
    {
        Id = "Z-RULE",
        Title = "Pipes | in a title",
        Component = "calico",
        Severity = Severity.High,
        Affected = [new AffectedRange("calico", VersionRange.Parse("[3.25.0,3.28.0)"))],
        FixedIn = [new FixedVersion("calico", "v3.28.0")],
        References = [new Uri("https://github.com/projectcalico/calico/pull/8031"), new Uri("https://github.com/kubernetes-sigs/iptables-wrappers")],
    };

    private static readonly RuleMetadata Alpha = new() { Id = "A-RULE", Title = "No fix", Component = "calico" };

    private static readonly RuleMetadata Derived = new() { Id = "D-RULE", Title = "Derived", Component = "calico", IsDerivation = true };

    [Fact]
    public void Write_Rules_OneRowEachOrderedByComponentThenIdWithoutDerivations()
    {
        var lines = RuleCatalogueMarkdown.Write([Zeta, Derived, Alpha], "Catalogue", "Intro.").Split('\n');

        Assert.Equal(
            [
                "# Catalogue",
                "",
                "Intro.",
                "",
                "| Id | Component | Severity | Title | Affected | Fixed in | References |",
                "|---|---|---|---|---|---|---|",
                "| `A-RULE` | calico | medium | No fix | – | none upstream | – |",
                "| `Z-RULE` | calico | high | Pipes \\| in a title | calico [3.25.0,3.28.0) | calico v3.28.0 | " +
                "[projectcalico/calico#8031](https://github.com/projectcalico/calico/pull/8031); " +
                "[https://github.com/kubernetes-sigs/iptables-wrappers](https://github.com/kubernetes-sigs/iptables-wrappers) |",
                "",
            ],
            lines);
    }

    [Fact]
    public void Write_EmptyPreamble_GoesStraightFromHeadingToTable()
    {
        var text = RuleCatalogueMarkdown.Write([], "Catalogue", string.Empty);

        Assert.StartsWith("# Catalogue\n\n| Id |", text);
    }
}
