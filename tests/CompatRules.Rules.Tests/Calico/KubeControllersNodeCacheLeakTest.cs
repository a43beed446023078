using CompatRules.Reports;

namespace CompatRules.Rules.Tests.Calico;

public class KubeControllersNodeCacheLeakTest : CalicoVersionOnlyRuleTest
{
    protected override string Id => "CALICO-KUBE-CONTROLLERS-NODE-LEAK";

    [Theory]
    [InlineData("v3.18.0", Outcome.Affected)]
    [InlineData("v3.23.5", Outcome.Affected)]
    [InlineData("v3.24.5", Outcome.Affected)]
    [InlineData("v3.24.6", Outcome.NotAffected)]
    [InlineData("v3.24.7", Outcome.NotAffected)]
    [InlineData("v3.25.0", Outcome.Affected)]
    [InlineData("v3.25.1", Outcome.NotAffected)]
    [InlineData("v3.25.2", Outcome.NotAffected)]
    [InlineData("v3.26.0", Outcome.NotAffected)]
    [InlineData("v3.26.1", Outcome.NotAffected)]
    public void Evaluate_CalicoVersion_FollowsRange(string calico, Outcome expected)
    {
        Assert.Equal(expected, OutcomeAt(calico));
    }
}
