using CompatRules.Facts;
using CompatRules.Reports;
using CompatRules.Versions;

namespace CompatRules.Tests.Engine;

/// <summary><c>When().Known(...)</c> and <c>KnownWhen(...)</c>: a present fact without the value a rule needs is
/// Unknown naming the value, never NotAffected, whatever a collector's status says.</summary>
public class KnownFieldTest
{
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddRule<OldKubernetesRule>().AddRule<OldOpenShiftRule>().AddRule<CalicoOldKernelRule>().Build();

    private static ClusterInfo Kubernetes(string? version) => new(version is null ? null : SoftwareVersion.Parse(version), ClusterDistributions.Kubernetes);

    private static ClusterInfo OpenShift(string? version) => new(null, ClusterDistributions.OpenShift, version is null ? null : SoftwareVersion.Parse(version));

    private static RuleResult Evaluate(string id, params Fact[] facts) => Engine.Evaluate(FactSet.Create(facts))[id]!;

    [Theory]
    [InlineData("v1.19.16", Outcome.Affected)]
    [InlineData("v1.20.0", Outcome.NotAffected)]
    public void Evaluate_ValueKnown_FollowsTheCondition(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate("T-KNOWN", Kubernetes(version)).Outcome);

    [Fact]
    public void Evaluate_ValueNull_IsUnknownNamingItAndCitingTheFact()
    {
        var result = Evaluate("T-KNOWN", Kubernetes(null));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["cluster (kubernetes version)"], result.MissingFacts.ToArray());
        Assert.Equal(["cluster"], result.Evidence.Select(e => e.Key).ToArray());
    }

    [Theory]
    [InlineData(CollectionState.Collected, "cluster (kubernetes version)")]
    [InlineData(CollectionState.Absent, "cluster (kubernetes version) (Absent)")]
    public void Evaluate_ValueNullUnderAStatusThatVouchesForTheFact_StaysUnknown(CollectionState state, string missing)
        => Assert.Equal([missing], Evaluate("T-KNOWN", Kubernetes(null), new CollectionStatus("cluster", state)).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_ValueNullWithAFailedCollection_NamesTheReason()
        => Assert.Equal(["cluster (kubernetes version) (Error: the API server did not answer)"],
            Evaluate("T-KNOWN", Kubernetes(null), new CollectionStatus("cluster", CollectionState.Error, "the API server did not answer")).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_FactAbsent_IsUnknownNamingTheFactOnly()
        => Assert.Equal(["cluster"], Evaluate("T-KNOWN").MissingFacts.ToArray());

    [Fact]
    public void Evaluate_FactKnownAbsent_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate("T-KNOWN", new CollectionStatus("cluster", CollectionState.Collected)).Outcome);

    [Theory]
    [InlineData("4.17.20", Outcome.Affected)]
    [InlineData("4.18.0", Outcome.NotAffected)]
    public void Evaluate_KnownWhenInScopeWithTheValue_FollowsTheCondition(string version, Outcome expected)
        => Assert.Equal(expected, Evaluate("T-KNOWN-WHEN", OpenShift(version)).Outcome);

    [Fact]
    public void Evaluate_KnownWhenInScopeWithoutTheValue_IsUnknownNamingIt()
    {
        var result = Evaluate("T-KNOWN-WHEN", OpenShift(null));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["cluster (distribution version)"], result.MissingFacts.ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("4.17.20")]
    public void Evaluate_KnownWhenOutOfScope_IsNotAffectedWhateverTheValue(string? version)
    {
        var cluster = new ClusterInfo(null, ClusterDistributions.K3s, version is null ? null : SoftwareVersion.Parse(version));

        var result = Evaluate("T-KNOWN-WHEN", cluster);

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        Assert.Empty(result.MissingFacts);
    }

    [Fact]
    public void Evaluate_ComponentWithoutVersionUnderCollectedComponents_StaysUnknown()
    {
        // Before Known, a Collected status covering the component turned its unreadable version into a known negative.
        var result = Evaluate("T-COMPONENT", new ComponentVersion(ComponentNames.Calico, null, "calico/node@sha256:0123"), KernelInfo.FromRelease("5.4.0"),
            new Sysctl("net.ipv4.ip_forward", "1"), new CollectionStatus("component:*", CollectionState.Collected));

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico (version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Explain_Known_ShowsTheKeyAndTheValueItNeeds()
    {
        var explanation = Engine.Explain("T-KNOWN", FactSet.Create(Kubernetes(null)));

        var marker = explanation.Patterns[0].Conditions[0];
        Assert.Equal("((cluster.Key == \"cluster\") AndAlso known(cluster.KubernetesVersion))", marker.Text);
        Assert.Equal((1, 0), (marker.Tested, marker.Passed));
        Assert.Equal((0, 0), (explanation.Patterns[0].Conditions[1].Tested, explanation.Patterns[0].Conditions[1].Passed));
    }

    [Fact]
    public void Build_KnownValueThatIsNotAProperty_IsRefused()
    {
        var error = Assert.ThrowsAny<Exception>(() => CompatEngine.CreateBuilder().AddRule<KnownComputedValueRule>().Build());

        Assert.Contains("one property of the fact", error.ToString(), StringComparison.Ordinal);
    }
}
