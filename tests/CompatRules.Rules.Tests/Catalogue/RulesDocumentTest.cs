using CompatRules.Engine;
using CompatRules.Reports;

namespace CompatRules.Rules.Tests.Catalogue;

/// <summary>
/// <c>docs/rules.md</c> is generated from the built-in rules' metadata; this test fails when it is stale.
/// Regenerate with <c>./build.sh docs</c> (which runs this test with <c>COMPATRULES_UPDATE_DOCS=1</c>).
/// </summary>
public class RulesDocumentTest
{
    private const string Preamble =
        "Generated from the built-in rules' metadata by `./build.sh docs`; do not edit by hand (a test fails when this file is stale). " +
        "`compatrules rules show ID` prints a rule's full metadata: description, conditions, symptom, remediation in order of preference.\n\n" +
        "Severity policy: **critical** = crash loop or data-path outage (pods cannot start, cross-node traffic dropped); " +
        "**high** = broken behaviour limited to one feature or with a workaround in place; **medium** = degraded performance or delays; " +
        "**low** = cosmetic or operational nuisance; **info** = a known open problem without a fix. " +
        "Ranges use interval notation: `[a,b)` means a ≤ v < b; `∪` joins the windows of several release lines. " +
        "The source material is `shared/docs/knowledge.md` (sections A–G) and the audited table of issue #16 (the components beyond the seeds).";

    [Fact]
    public void RulesDocument_MatchesTheBuiltInRules()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "rules.md");
        var expected = RuleCatalogueMarkdown.Write(CompatEngine.Default.Rules, "Built-in rules", Preamble);

        if (Environment.GetEnvironmentVariable("COMPATRULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run ./build.sh docs");
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"{path} is stale: run ./build.sh docs and commit the result");
    }
}
