using CompatRules.Facts;
using CompatRules.Reports;

namespace CompatRules.Tests.Engine;

/// <summary>What a NotAffected or Unknown result cites (the facts it consulted), how a collector's status over a
/// missing fact or component decides between a known negative and Unknown, and what derived facts carry.</summary>
public class OutcomeEvidenceTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder()
        .AddRule<CalicoOldKernelRule>().AddRule<OldKernelAlarmDerivation>().AddRule<AlarmRule>().Build();

    private static readonly ComponentVersion Calico328 = ComponentVersion.Of(ComponentNames.Calico, "v3.28.0");
    private static readonly KernelInfo Kernel54 = KernelInfo.FromRelease("5.4.0");
    private static readonly Sysctl ForwardOn = new("net.ipv4.ip_forward", "1");

    private static RuleResult Evaluate(string id, params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[id]!;

    [Fact]
    public void Evaluate_NotAffected_CitesEveryFactItConsulted()
    {
        var result = Evaluate("T-COMPONENT", ComponentVersion.Of(ComponentNames.Calico, "v3.29.0"), Kernel54, ForwardOn);

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Equal(["component:calico", "kernel", "sysctl:net.ipv4.ip_forward"], result.Evidence.Select(e => e.Key).ToArray());
        Assert.Equal(Kernel54.Describe(), result.Evidence[1].Description);
    }

    [Fact]
    public void Evaluate_Unknown_CitesThePresentFactsAndNamesTheMissingOne()
    {
        var result = Evaluate("T-COMPONENT", Calico328, ForwardOn);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["kernel"], result.MissingFacts.ToArray());
        Assert.Equal(["component:calico", "sysctl:net.ipv4.ip_forward"], result.Evidence.Select(e => e.Key).ToArray());
    }

    [Fact]
    public void Evaluate_Affected_CitesTheFiringsFactsOnce()
    {
        var result = Evaluate("T-COMPONENT", Calico328, Kernel54, ForwardOn);

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["component:calico", "kernel", "sysctl:net.ipv4.ip_forward"], result.Evidence.Select(e => e.Key).ToArray());
        Assert.Empty(result.MissingFacts);
    }

    [Theory]
    [InlineData(CollectionState.Collected)]
    [InlineData(CollectionState.Absent)]
    public void Evaluate_ComponentMissingUnderAStatusThatVouches_IsNotApplicable(CollectionState state)
    {
        var result = Evaluate("T-COMPONENT", Kernel54, ForwardOn, new CollectionStatus("component:*", state));

        Assert.Equal(Outcome.NotApplicable, result.Outcome);
        Assert.Contains("component:calico is not present", result.Notes);
    }

    [Theory]
    [InlineData(CollectionState.Error, "component:calico (Error: no container runtime answered)")]
    [InlineData(CollectionState.PermissionDenied, "component:calico (PermissionDenied: no container runtime answered)")]
    public void Evaluate_ComponentMissingUnderAFailedStatus_IsUnknownWithTheReason(CollectionState state, string missing)
    {
        var result = Evaluate("T-COMPONENT", Kernel54, ForwardOn, new CollectionStatus("component:*", state, "no container runtime answered"));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([missing], result.MissingFacts.ToArray());
    }

    [Theory]
    [InlineData(CollectionState.Collected)]
    [InlineData(CollectionState.Absent)]
    public void Evaluate_KeyedFactMissingUnderAStatusThatVouches_IsAKnownNegative(CollectionState state)
    {
        var result = Evaluate("T-COMPONENT", Calico328, Kernel54, new CollectionStatus("sysctl:*", state));

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Evaluate_TheMostSpecificStatusDecides()
    {
        var failedAll = new CollectionStatus("sysctl:*", CollectionState.Error, "no /proc/sys");
        var collectedOne = new CollectionStatus("sysctl:net.ipv4.ip_forward", CollectionState.Collected);
        var collectedAll = new CollectionStatus("sysctl:*", CollectionState.Collected);
        var failedOne = new CollectionStatus("sysctl:net.ipv4.ip_forward", CollectionState.PermissionDenied, "EACCES");

        Assert.Equal(Outcome.NotAffected, Evaluate("T-COMPONENT", Calico328, Kernel54, failedAll, collectedOne).Outcome);
        Assert.Equal(["sysctl:net.ipv4.ip_forward (PermissionDenied: EACCES)"], Evaluate("T-COMPONENT", Calico328, Kernel54, collectedAll, failedOne).MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_StatusForAnotherKey_DoesNotCover()
    {
        var result = Evaluate("T-COMPONENT", Calico328, Kernel54, new CollectionStatus("sysctl:net.ipv4.conf.all.rp_filter", CollectionState.Collected));

        Assert.Equal(["sysctl:net.ipv4.ip_forward"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_DerivedFact_IsTheEvidenceOfTheRuleThatReadsIt()
    {
        var result = Evaluate("T-CHAINED", KernelInfo.FromRelease("4.19.0-26-amd64"));

        Assert.Equal(Outcome.Affected, result.Outcome);
        Assert.Equal(["old kernel 4.19.0-26-amd64"], result.Notes.ToArray());
        var alarm = Assert.Single(result.Evidence);
        Assert.Equal("alarm", alarm.Key);
    }

    [Fact]
    public void Evaluate_DerivedFactNotDerivedForAGoodReason_IsNotAffected()
    {
        // The derivation had its kernel and it was new: the alarm's absence is a known negative.
        Assert.Equal(Outcome.NotAffected, Evaluate("T-CHAINED", KernelInfo.FromRelease("6.1.0-18-amd64")).Outcome);
    }

    [Fact]
    public void Evaluate_DerivedFactMissingForWantOfItsInput_IsUnknownNamingTheInput()
        => Assert.Equal(["kernel"], Evaluate("T-CHAINED").MissingFacts.ToArray());

    [Fact]
    public void Evaluate_SeveralRulesInOneEvaluation_EachCitesOnlyItsOwnFacts()
    {
        var affected = Engine.Evaluate(FactSet.Create(Calico328, KernelInfo.FromRelease("4.19.0-26-amd64"), ForwardOn));
        var notAffected = Engine.Evaluate(FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.29.0"), KernelInfo.FromRelease("6.1.0-18-amd64"), ForwardOn));

        Assert.Equal(["component:calico", "kernel", "sysctl:net.ipv4.ip_forward"], affected["T-COMPONENT"]!.Evidence.Select(e => e.Key).ToArray());
        Assert.Equal(["alarm"], affected["T-CHAINED"]!.Evidence.Select(e => e.Key).ToArray());
        Assert.Equal(["component:calico", "kernel", "sysctl:net.ipv4.ip_forward"], notAffected["T-COMPONENT"]!.Evidence.Select(e => e.Key).ToArray());
        Assert.Empty(notAffected["T-CHAINED"]!.Evidence);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_StatusNamingTheKeyBeatsAWildcardOfTheSameLength(bool exactFirst)
    {
        // "sysctl:net.ipv4.ip_forward" and "sysctl:net.ipv4.ip_forwar*" are both 26 characters.
        var exact = new CollectionStatus("sysctl:net.ipv4.ip_forward", CollectionState.Collected);
        var wildcard = new CollectionStatus("sysctl:net.ipv4.ip_forwar*", CollectionState.Error, "EIO");
        Fact[] statuses = exactFirst ? [exact, wildcard] : [wildcard, exact];

        Assert.Equal(Outcome.NotAffected, Evaluate("T-COMPONENT", [Calico328, Kernel54, .. statuses]).Outcome);
    }

    [Fact]
    public void Evaluate_TwoNotAffectedRulesInOneEvaluation_EachCitesOnlyWhatItConsulted()
    {
        var engine = CompatEngine.CreateBuilder().AddRule<CalicoOldKernelRule>().AddRule<OldKubernetesRule>().Build();

        var results = engine.Evaluate(FactSet.Create(ComponentVersion.Of(ComponentNames.Calico, "v3.29.0"), Kernel54, ForwardOn,
            new ClusterInfo(CompatRules.Versions.SoftwareVersion.Parse("v1.30.0"), ClusterDistributions.Kubernetes)));

        Assert.Equal(["component:calico", "kernel", "sysctl:net.ipv4.ip_forward"], results["T-COMPONENT"]!.Evidence.Select(e => e.Key).ToArray());
        Assert.Equal(["cluster"], results["T-KNOWN"]!.Evidence.Select(e => e.Key).ToArray());
    }
}
