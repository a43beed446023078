using CompatRules.Engine;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.Calico.CalicoFacts;

namespace CompatRules.Rules.Tests.Calico;

public class VxlanParentChangeStaleRoutesTest
{
    private const string Id = "CALICO-PARENT-DEVICE-CHANGE-ROUTES";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    [Theory]
    [InlineData("v3.20.0", Outcome.Affected)]
    [InlineData("v3.27.5", Outcome.Affected)]
    [InlineData("v3.28.0", Outcome.NotAffected)]
    [InlineData("v3.29.1", Outcome.NotAffected)]
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
