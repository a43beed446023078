using CompatRules.Facts;
using CompatRules.Reports;
using static CompatRules.Rules.Tests.CniAddonFacts;

namespace CompatRules.Rules.Tests.Submariner;

public class OvnKubernetesSnatBreaksConnectivityTest
{
    private const string Id = "SUBM-OCP418-OVNK-SNAT";
    private static readonly RuleEngine Engine = CompatEngine.CreateBuilder().AddBuiltInRules().Build();

    // submariner-io/submariner#3307 "Connectivity test fails with OCP 4.18": Submariner 0.20.0 on OCP 4.18 with OVN-Kubernetes.
    private static Fact[] Report(string openShift = "4.18.3", string submariner = "0.20.0") =>
    [
        Component(ComponentNames.Submariner, submariner),
        VersionlessComponent(ComponentNames.OvnKubernetes),
        OpenShift(openShift),
    ];

    private static RuleResult Evaluate(IEnumerable<Fact> facts) => Engine.Evaluate(FactSet.Create(facts))[Id]!;

    [Theory]
    [InlineData("4.18.3", "0.20.0", Outcome.Affected)]
    [InlineData("4.18.0", "0.20.0", Outcome.Affected)]
    [InlineData("4.19.4", "0.20.0", Outcome.Affected)]
    [InlineData("4.18.3", "0.21.0", Outcome.Affected)]
    [InlineData("4.17.20", "0.20.0", Outcome.NotAffected)]
    [InlineData("4.17.20", "0.19.0", Outcome.NotAffected)]
    [InlineData("4.19.5", "0.21.0", Outcome.NotAffected)]
    [InlineData("4.19.5", "0.20.2", Outcome.NotAffected)]
    [InlineData("4.19.5", "0.20.1", Outcome.Affected)]
    [InlineData("4.20.0", "0.19.0", Outcome.Affected)]
    [InlineData("4.20.0", "0.21.0", Outcome.NotAffected)]
    public void Evaluate_OpenShiftAndSubmarinerVersions_NeedBothFixes(string openShift, string submariner, Outcome expected)
        => Assert.Equal(expected, Evaluate(Report(openShift, submariner)).Outcome);

    [Fact]
    public void Evaluate_OpenShift418_NotesThatOvnKIgnoresTheAnnotation()
        => Assert.Equal(["OpenShift 4.18.3 is before 4.19.5: OVN-K ignores the SNAT exclusion annotation."], Evaluate(Report()).Notes.ToArray());

    [Fact]
    public void Evaluate_OpenShift4195WithOldSubmariner_NotesTheMissingAnnotation()
        => Assert.Equal(["OpenShift 4.19.5 honours the SNAT exclusion annotation, but Submariner 0.20.1 does not write it."], Evaluate(Report("4.19.5", "0.20.1")).Notes.ToArray());

    [Theory]
    [InlineData("0.19.3", Outcome.Affected)]
    [InlineData("0.20.0", Outcome.Affected)]
    [InlineData("0.20.1", Outcome.Affected)]
    [InlineData("0.20.2", Outcome.NotAffected)]
    [InlineData("0.20.5", Outcome.NotAffected)]
    [InlineData("0.21.0-m1", Outcome.NotAffected)]
    [InlineData("0.21.0", Outcome.Affected)]
    public void Evaluate_SnatHandlerConfigMap_HelpsOnlyFromZeroTwentyTwoOnTheZeroTwentyLine(string submariner, Outcome expected)
        => Assert.Equal(expected, Evaluate([.. Report(submariner: submariner), Setting(ComponentNames.Submariner, "enable-snat-handler", "true")]).Outcome);

    [Fact]
    public void Evaluate_NotOpenShift_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(new ClusterInfo(null, ClusterDistributions.Kubernetes))).Outcome);

    [Fact]
    public void Evaluate_OvnKubernetesKnownAbsent_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate([.. Report().Without(ComponentVersion.KeyFor(ComponentNames.OvnKubernetes)), Collected("component:*")]).Outcome);

    [Fact]
    public void Evaluate_NoSubmariner_IsNotApplicable()
        => Assert.Equal(Outcome.NotApplicable, Evaluate(Report().Without(ComponentVersion.KeyFor(ComponentNames.Submariner))).Outcome);

    [Theory]
    [InlineData("component:ovn-kubernetes", "component:ovn-kubernetes")]
    [InlineData("cluster", "cluster")]
    public void Evaluate_FactMissing_IsUnknownNamingIt(string removedKey, string missing)
    {
        var result = Evaluate(Report().Without(removedKey));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([missing], result.MissingFacts.ToArray());
    }

    [Theory]
    [InlineData("4.19.6", "0.21.0")]
    [InlineData("4.19.5", "0.20.2")]
    [InlineData("4.17.20", "0.20.0")]
    public void Evaluate_OvnKubernetesMissingButPresentVersionsRuleItOut_IsNotAffectedAndSaysWhy(string openShift, string submariner)
    {
        // The cluster's condition joins the Submariner version: no ovn-kubernetes fact could make these fire.
        var result = Evaluate(Report(openShift, submariner).Without("component:ovn-kubernetes"));

        Assert.Equal(Outcome.NotAffected, result.Outcome);
        var note = Assert.Single(result.Notes);
        Assert.Contains("does not meet the rule's condition on cluster", note, StringComparison.Ordinal);
        Assert.Contains("the missing component:ovn-kubernetes cannot change that", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4.19.4", "0.21.0")]
    [InlineData("4.19.6", "0.20.1")]
    public void Evaluate_OvnKubernetesMissingWithAffectedVersions_StaysUnknown(string openShift, string submariner)
        => Assert.Equal(["component:ovn-kubernetes"], Evaluate(Report(openShift, submariner).Without("component:ovn-kubernetes")).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_SubmarinerVersionUnreadable_IsUnknownNamingTheVersion()
        => Assert.Equal(["component:submariner (version)"], Evaluate(Report().Replacing(VersionlessComponent(ComponentNames.Submariner))).MissingFacts.ToArray());

    // An OpenShift cluster whose OpenShift version was not read is missing knowledge, not good news.
    [Theory]
    [InlineData("0.20.0")]
    [InlineData("0.21.0")]
    public void Evaluate_OpenShiftVersionUnknown_IsUnknownNamingTheField(string submariner)
    {
        var result = Evaluate(Report(submariner: submariner).Replacing(new ClusterInfo(null, ClusterDistributions.OpenShift)));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal(["cluster (distribution version)"], result.MissingFacts.ToArray());
    }

    [Fact]
    public void Evaluate_OpenShiftVersionUnknownWithClusterCollected_StaysUnknown()
        => Assert.Equal(["cluster (distribution version)"],
            Evaluate([.. Report().Replacing(new ClusterInfo(null, ClusterDistributions.OpenShift)), Collected(ClusterInfo.FactKey)]).MissingFacts.ToArray());

    [Fact]
    public void Evaluate_OtherDistributionWithVersion_IsNotAffected()
        => Assert.Equal(Outcome.NotAffected, Evaluate(Report().Replacing(new ClusterInfo(null, ClusterDistributions.K0s, Versions.SoftwareVersion.Parse("4.18.3")))).Outcome);

    // Only Submariner's own enable-snat-handler, enabled, is the opt-in: another enabled setting, or the same name on
    // another component, is not.
    [Theory]
    [InlineData(ComponentNames.Submariner, "globalnet", "true")]
    [InlineData(ComponentNames.OvnKubernetes, "enable-snat-handler", "true")]
    [InlineData(ComponentNames.Submariner, "enable-snat-handler", "false")]
    public void Evaluate_OtherSettingsOnAHandlerRelease_AreNoOptIn(string component, string name, string value)
        => Assert.Equal(Outcome.Affected, Evaluate([.. Report(submariner: "0.20.2"), Setting(component, name, value)]).Outcome);
}
