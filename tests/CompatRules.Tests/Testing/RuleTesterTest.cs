using CompatRules.Facts;
using CompatRules.Testing;
using CompatRules.Tests.Engine;

namespace CompatRules.Tests.Testing;

public class RuleTesterTest
{
    private static readonly RuleTester Tester = RuleTester.For<CalicoOldKernelRule>();

    private static FactSet Facts(string kernel) => FactSet.Create(
        ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"), KernelInfo.FromRelease(kernel), new Sysctl("net.ipv4.ip_forward", "1"));

    [Fact]
    public void AssertAffected_RuleFiresWithEvidence_Passes()
    {
        var result = Tester.AssertAffected(Facts("5.4.0"), "kernel", "component:calico");

        Assert.Equal("T-COMPONENT", result.RuleId);
    }

    [Fact]
    public void AssertAffected_RuleDoesNotFire_ThrowsWithExpectedActualAndDecidingCondition()
    {
        var error = Assert.Throws<RuleAssertionException>(() => Tester.AssertAffected(Facts("6.8.0")));

        Assert.Contains("expected Affected, but got NotAffected", error.Message);
        Assert.Contains("FAILED  kernel", error.Message);
        Assert.Contains("0/1 passed", error.Message);
    }

    [Fact]
    public void AssertUnknown_WrongMissingFacts_Throws()
    {
        var facts = FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.28.0"));

        Tester.AssertUnknown(facts, "sysctl:net.ipv4.ip_forward", "kernel");
        var error = Assert.Throws<RuleAssertionException>(() => Tester.AssertUnknown(facts, "kernel"));
        Assert.Contains("expected missing facts [kernel]", error.Message);
    }

    [Fact]
    public void AssertNotApplicable_ComponentAbsent_Passes()
        => Assert.Equal(CompatRules.Reports.Outcome.NotApplicable, Tester.AssertNotApplicable(FactSet.Empty).Outcome);
}
