using CompatRules.Reports;

namespace CompatRules.Rules.Tests.Calico;

public class VxlanParentChangeStaleRoutesTest : CalicoVersionOnlyRuleTest
{
    protected override string Id => "CALICO-PARENT-DEVICE-CHANGE-ROUTES";

    [Theory]
    [InlineData("v3.20.0", Outcome.Affected)]
    [InlineData("v3.27.5", Outcome.Affected)]
    [InlineData("v3.28.0", Outcome.NotAffected)]
    [InlineData("v3.29.1", Outcome.NotAffected)]
    public void Evaluate_CalicoVersion_FollowsRange(string calico, Outcome expected)
    {
        Assert.Equal(expected, OutcomeAt(calico));
    }
}
