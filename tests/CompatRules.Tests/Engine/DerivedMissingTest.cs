using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>A missing derived fact is followed back to the rules that derive it: absent component, failed
/// derivation, derivations that need each other.</summary>
public class DerivedMissingTest
{
    private static RuleResult Evaluate<TDerivation>(string id, params Fact[] facts) where TDerivation : NRules.Fluent.Dsl.Rule, new()
        => CompatEngine.CreateBuilder().AddRule<TDerivation>().AddRule<AlarmRule>().Build().Evaluate(FactSet.Create(facts))[id]!;

    [Fact]
    public void Evaluate_DerivationsComponentAbsent_NamesItsVersion()
        => Assert.Equal(["component:calico (version)"], Evaluate<CalicoAlarmDerivation>("T-CHAINED").MissingFacts.ToArray());

    [Fact]
    public void Evaluate_DerivationsComponentKnownAbsent_IsAKnownNegative()
    {
        var result = Evaluate<CalicoAlarmDerivation>("T-CHAINED", new CollectionStatus("component:*", CollectionState.Collected));

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Evaluate_DerivationsComponentWithoutVersion_NamesTheVersionEvenWhenCollected()
        => Assert.Equal(["component:calico (version)"], Evaluate<CalicoAlarmDerivation>("T-CHAINED",
            new ComponentVersion(ComponentNames.Calico, null, "calico/node@sha256:0123"), new CollectionStatus("component:*", CollectionState.Collected)).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_DerivationFailed_NamesTheFactTheRuleAndItsError()
    {
        var result = Evaluate<ThrowingAlarmDerivation>("T-CHAINED", KernelInfo.FromRelease("5.4.0"));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        var missing = Assert.Single(result.MissingFacts);
        // Alarm declares no FactKey, so the requirement is named by its type.
        Assert.StartsWith("Alarm (derived by T-DERIVE-THROWS, which failed: ", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DerivationsThatNeedEachOther_EndAndNothingCanDeriveThem()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<PingFromPongDerivation>().AddRule<PongFromPingDerivation>().AddRule<PingRule>().Build();

        var result = engine.Evaluate(FactSet.Create())["T-PING-SEEN"]!;

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
    }
}
