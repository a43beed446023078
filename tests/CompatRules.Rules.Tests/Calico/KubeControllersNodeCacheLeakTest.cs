using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class KubeControllersNodeCacheLeakTest
{
    private const string Id = "CALICO-KUBE-CONTROLLERS-NODE-LEAK";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v3.18.0", Outcome.Affected)]
    [InlineData("v3.25.2", Outcome.Affected)]
    [InlineData("v3.26.0", Outcome.NotAffected)]
    [InlineData("v3.26.1", Outcome.NotAffected)]
    public void Evaluate_CalicoVersion_FollowsRange(string calico, Outcome expected)
    {
        Assert.Equal(expected, Engine.Evaluate(Node(CalicoAt(calico)))[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_NoCalico_NotApplicable()
    {
        Assert.Equal(Outcome.NotApplicable, Engine.Evaluate(Node())[Id]!.Outcome);
    }

    [Fact]
    public void Evaluate_CalicoVersionUnreadable_UnknownNamesVersion()
    {
        var result = Engine.Evaluate(Node(CalicoWithoutVersion()))[Id]!;

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico (version)"], result.MissingFacts.ToArray());
    }
}
