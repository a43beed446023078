using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Submariner;

public class LocalGatewayIgnoresSnatExclusionTest
{
    private const string Id = "SUBM-OVNK-LOCAL-GW-SNAT";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // submariner-io/submariner#3857: fixed Submariner on OVN-K in local gateway mode.
    private static Fact[] Cluster(string submariner = "0.21.0", string gatewayMode = "local") =>
    [
        Component(ComponentNames.Submariner, submariner),
        VersionlessComponent(ComponentNames.OvnKubernetes),
        Setting(ComponentNames.OvnKubernetes, "gateway-mode", gatewayMode),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("0.21.0", "local", Outcome.Affected)]
    [InlineData("0.20.2", "local", Outcome.Affected)]
    [InlineData("0.22.1", "local", Outcome.Affected)]
    [InlineData("0.20.1", "local", Outcome.NotAffected)]
    [InlineData("0.21.0", "shared", Outcome.NotAffected)]
    public void Evaluate_SubmarinerAndGatewayMode_FiresOnlyForAnnotationBasedSubmarinerInLocalMode(string submariner, string gatewayMode, Outcome expected)
        => Assert.Equal(expected, Evaluate(Cluster(submariner, gatewayMode)).Outcome);

    [Fact]
    public void Evaluate_LocalMode_IsInformationOnly()
        => Assert.Equal(Severity.Info, Evaluate(Cluster()).Severity);

    [Fact]
    public void Evaluate_NoSubmariner_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Cluster().Without(ComponentVersion.KeyFor(ComponentNames.Submariner))).Outcome);

    [Theory]
    [InlineData("setting:ovn-kubernetes/gateway-mode")]
    [InlineData("component:ovn-kubernetes")]
    public void Evaluate_FactMissing_IsUnknownNamingIt(string removedKey)
    {
        var result = Evaluate(Cluster().Without(removedKey));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([removedKey], result.MissingFacts.ToArray());
    }
}
