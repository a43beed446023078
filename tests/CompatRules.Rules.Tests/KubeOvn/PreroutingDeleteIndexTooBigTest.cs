using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.KubeOvn;

public class PreroutingDeleteIndexTooBigTest
{
    private const string Id = "KOVN-PREROUTING-DELETE-INDEX";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // kubeovn/kube-ovn#5078: Kube-OVN v1.13.3 on Harvester (RKE2 v1.31.4+rke2r1, Canal = hardened-calico v3.29.1).
    private static Fact[] Report(string kubeOvn = "v1.13.3") =>
    [
        Component(ComponentNames.KubeOvn, kubeOvn),
        Component(ComponentNames.Calico, "v3.29.1-build20241211"),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("v1.13.3", Outcome.Affected)]
    [InlineData("v1.13.0", Outcome.Affected)]
    [InlineData("v1.13.12", Outcome.Affected)]
    [InlineData("v1.13.13", Outcome.NotAffected)]
    [InlineData("v1.13.15", Outcome.NotAffected)]
    [InlineData("v1.14.0", Outcome.NotAffected)]
    [InlineData("v1.12.28", Outcome.NotAffected)]
    public void Evaluate_KubeOvnVersionWithCalico_FollowsAffectedWindow(string kubeOvn, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(kubeOvn)).Outcome);

    [Fact]
    public void Evaluate_ReportedCluster_NotesCalico()
        => Assert.Equal(["Calico (v3.29.1-build20241211) also keeps its jump at the top of nat PREROUTING."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_CalicoKnownAbsent_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report().Without(ComponentVersion.KeyFor(ComponentNames.Calico)), Collected("component:*")]).Outcome);

    [Fact]
    public void Evaluate_CalicoNotKnown_IsUnknownNamingIt()
    {
        var result = Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Calico)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["component:calico"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_NoKubeOvn_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.KubeOvn))).Outcome);

    [Fact]
    public void Evaluate_KubeOvnVersionUnreadable_IsUnknownNamingTheVersion()
        => Assert.Equal(["component:kube-ovn (version)"], Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.KubeOvn))).MissingFacts.ToArray());
}
